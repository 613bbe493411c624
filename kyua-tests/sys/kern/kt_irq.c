/*
 * kt_irq.c: an interrupt arrives as a notification from HARDWARE.  On the
 * controller's KT_HELLO it hooks IRQ 8 (the CMOS RTC) with SYS_IRQCTL,
 * makes the RTC raise periodic interrupts through SYS_DEVIO, and waits
 * for the notification with its hook bit; without IRQ_REENABLE the line
 * stays masked until IRQ_ENABLE.  Then it checks bad IRQCTL input and
 * answers KT_DONE.
 */

#include "ktest.h"
#include "ktipc.h"
#include "kt_proto.h"

#define EPERM_	     (-1)
#define EINVAL_	     (-22)
#define EBADREQUEST_ (-106)

#define RTC_INDEX 0x70
#define RTC_DATA  0x71
#define RTC_NMI	  0x80 /* keep NMIs off while selecting */
#define RTC_B	  0x0b
#define RTC_C	  0x0c
#define RTC_B_PIE 0x40
#define HOOK_BIT  5

static long
devio(int req, uint32_t port, uint32_t val, uint32_t *in)
{
	message m;
	long r;

	memset(&m, 0, sizeof(m));
	m.m_type = SYS_DEVIO;
	m.m_lsys_krn_sys_devio.request = req;
	m.m_lsys_krn_sys_devio.port = port;
	m.m_lsys_krn_sys_devio.value = val;
	r = kt_kcall(&m);
	if (in != NULL)
		*in = m.m_lsys_krn_sys_devio.value;
	return r;
}

static uint32_t
rtc_read(int reg)
{
	uint32_t v = 0;

	devio(DIO_OUTPUT_BYTE, RTC_INDEX, RTC_NMI | reg, NULL);
	devio(DIO_INPUT_BYTE, RTC_DATA, 0, &v);
	return v;
}

static void
rtc_write(int reg, uint32_t v)
{
	devio(DIO_OUTPUT_BYTE, RTC_INDEX, RTC_NMI | reg, NULL);
	devio(DIO_OUTPUT_BYTE, RTC_DATA, v, NULL);
}

static long
irqctl(int req, int irq, int policy, int *hook)
{
	message m;
	long r;

	memset(&m, 0, sizeof(m));
	m.m_type = SYS_IRQCTL;
	m.m_lsys_krn_sys_irqctl.request = req;
	m.m_lsys_krn_sys_irqctl.vector = irq;
	m.m_lsys_krn_sys_irqctl.policy = policy;
	m.m_lsys_krn_sys_irqctl.hook_id = *hook;
	r = kt_kcall(&m);
	if (r == 0)
		*hook = m.m_lsys_krn_sys_irqctl.hook_id;
	return r;
}

/* Wait for HARDWARE; returns the interrupt bits or 0. */
static uint64_t
wait_irq(void)
{
	message m;

	if (kt_receive(HARDWARE, &m) != 0 || m.m_type != NOTIFY_MESSAGE ||
	    m.m_source != HARDWARE)
		return 0;
	return m.m_notify.interrupts;
}

static void
t_bad(void)
{
	int h;

	h = 1;
	kt_expect(
	    "irqctl_timer_refused", irqctl(IRQ_SETPOLICY, 0, 0, &h), EINVAL_);
	h = 1;
	kt_expect("irqctl_bad_line", irqctl(IRQ_SETPOLICY, 99, 0, &h), EINVAL_);
	h = 64;
	kt_expect("irqctl_bad_bit", irqctl(IRQ_SETPOLICY, 8, 0, &h), EINVAL_);
	h = 1;
	kt_expect(
	    "irqctl_bad_policy", irqctl(IRQ_SETPOLICY, 8, 0x80, &h), EINVAL_);
	h = 63;
	kt_expect(
	    "irqctl_enable_not_mine", irqctl(IRQ_ENABLE, 0, 0, &h), EINVAL_);
	h = 1;
	kt_expect("irqctl_bad_request", irqctl(99, 8, 0, &h), EINVAL_);
}

static void
run_tests(void)
{
	static const char *all[] = { "irq_hook", "irq_notify", "irq_reenable",
		"irq_remove", "irqctl_timer_refused", "irqctl_bad_line",
		"irqctl_bad_bit", "irqctl_bad_policy", "irqctl_enable_not_mine",
		"irqctl_bad_request" };
	uint64_t bits;
	int hook = HOOK_BIT;
	unsigned i;
	long r;

	r = irqctl(IRQ_SETPOLICY, 8, 0, &hook);
	if (r == EBADREQUEST_ ||
	    devio(DIO_INPUT_BYTE, RTC_DATA, 0, NULL) == EBADREQUEST_) {
		for (i = 0; i < sizeof(all) / sizeof(all[0]); i++)
			kt_skip(all[i], "no SYS_IRQCTL or SYS_DEVIO yet");
		return;
	}
	kt_expect("irq_hook", r, 0);
	rtc_read(RTC_C);
	rtc_write(RTC_B, rtc_read(RTC_B) | RTC_B_PIE);
	bits = wait_irq();
	kt_expect("irq_notify", (long)bits, 1L << HOOK_BIT);
	rtc_read(RTC_C); /* acknowledge in the device */
	irqctl(IRQ_ENABLE, 0, 0, &hook);
	bits = wait_irq();
	kt_expect("irq_reenable", (long)bits, 1L << HOOK_BIT);
	rtc_write(RTC_B, rtc_read(RTC_B) & ~RTC_B_PIE);
	rtc_read(RTC_C);
	kt_expect("irq_remove", irqctl(IRQ_RMPOLICY, 0, 0, &hook), 0);
	t_bad();
}

int
main(const char *name)
{
	endpoint_t ctl;
	message m;

	(void)name;
	do {
		if (kt_receive(ANY, &m) != 0)
			return 1;
	} while (m.m_type != KT_HELLO);
	ctl = m.m_source;
	run_tests();
	memset(&m, 0, sizeof(m));
	m.m_type = KT_DONE;
	kt_send(ctl, &m);
	for (;;)
		kt_receive(ANY, &m);
}
