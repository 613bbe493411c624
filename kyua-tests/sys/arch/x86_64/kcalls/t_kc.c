/*
 * t_kc.c: the controller of the kernel-call test boot (first module).
 * Each case checks an exact result: the return value of a good request,
 * its effect (spinner stopped, page mapped, alarm delivered...), and the
 * error code of bad input.  t_kspin is the guinea pig; t_pf and t_vm test
 * page faults themselves and report their own lines.
 */

#include "ktest.h"
#include "ktipc.h"

enum { EPERM_ = 1, EFAULT_ = 14, EBUSY_ = 16, EINVAL_ = 22 };

#define STACK_SP   0x7fffffdff808UL /* inside a boot module's stack */
#define EXEC_ENTRY 0x12000000UL	    /* t_kspin's .kt_exec */

static endpoint_t spin, pf;

void test_regs(void); /* kc_regs.c */

static void
expect(const char *test, long got, long want)
{
	if (got == want)
		kt_pass(test);
	else
		kt_fail(test, "returned %d, expected %d", (int)got, (int)want);
}

static void
check(const char *test, int ok, const char *why)
{
	if (ok)
		kt_pass(test);
	else
		kt_fail(test, "%s", why);
}

static message
msg(int type)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = type;
	return m;
}

static uint64_t
ticks_of(endpoint_t ep)
{
	uint64_t t = 0;

	kt_times(ep, &t, NULL);
	return t;
}

/* User ticks ep gets while we busy-wait n ticks. */
static uint64_t
ticks_during(endpoint_t ep, uint64_t n)
{
	uint64_t t0 = ticks_of(ep);

	kt_wait_ticks(n);
	return ticks_of(ep) - t0;
}

static long
devio(int req, uint32_t port, uint32_t value)
{
	message m = msg(SYS_DEVIO);

	m.m_lsys_krn_sys_devio.request = req;
	m.m_lsys_krn_sys_devio.port = port;
	m.m_lsys_krn_sys_devio.value = value;
	return kt_kcall(&m);
}

static long
vdevio(int req, struct pv_entry *v, uint32_t n)
{
	message m = msg(SYS_VDEVIO);

	m.m_lsys_krn_sys_vdevio.request = req;
	m.m_lsys_krn_sys_vdevio.vec_addr = (uintptr_t)v;
	m.m_lsys_krn_sys_vdevio.vec_size = n;
	return kt_kcall(&m);
}

static void
test_devio(void)
{
	struct pv_entry v[2] = { { 0x80, 0x11 }, { 0x81, 0x22 } };

	expect("devio_out", devio(DIO_OUTPUT_BYTE, 0x80, 0x42), 0);
	expect("devio_in", devio(DIO_INPUT_BYTE, 0x80, 0), 0);
	expect("devio_eperm", devio(DIO_OUTPUT_BYTE, 0x3f8, 'x'), -EPERM_);
	expect("devio_span", devio(DIO_INPUT_LONG, 0x8e, 0), -EPERM_);
	expect("devio_badreq", devio(0x77, 0x80, 0), -EINVAL_);
	expect("vdevio_out", vdevio(DIO_OUTPUT_BYTE, v, 2), 0);
	expect("vdevio_in", vdevio(DIO_INPUT_BYTE, v, 2), 0);
	expect("vdevio_empty", vdevio(DIO_INPUT_BYTE, v, 0), -EINVAL_);
	expect("vdevio_toobig", vdevio(DIO_INPUT_BYTE, v, 65), -EINVAL_);
	expect("vdevio_badvec",
	    vdevio(DIO_INPUT_BYTE, (struct pv_entry *)0xdead0000, 2), -EFAULT_);
	v[1].pv_port = 0x3f8;
	expect("vdevio_eperm", vdevio(DIO_OUTPUT_BYTE, v, 2), -EPERM_);
}

static long
irqctl(int req, int irq, int hook)
{
	message m = msg(SYS_IRQCTL);

	m.m_lsys_krn_sys_irqctl.request = req;
	m.m_lsys_krn_sys_irqctl.vector = irq;
	m.m_lsys_krn_sys_irqctl.hook_id = hook;
	return kt_kcall(&m);
}

static void
test_irqctl(void)
{
	expect("irqctl_timer", irqctl(IRQ_SETPOLICY, 0, 1), -EINVAL_);
	expect("irqctl_range", irqctl(IRQ_SETPOLICY, 16, 1), -EINVAL_);
	expect("irqctl_badreq", irqctl(9, 5, 1), -EINVAL_);
	expect("irqctl_badhook", irqctl(IRQ_RMPOLICY, 0, 63), -EINVAL_);
}

static long
vmctl(endpoint_t ep, int param, uint64_t v1, uint64_t v2, uint64_t v3,
    uint64_t *out)
{
	message m = msg(SYS_VMCTL);
	long r;

	m.m_lsys_krn_sys_vmctl.endpt = ep;
	m.m_lsys_krn_sys_vmctl.param = param;
	m.m_lsys_krn_sys_vmctl.value = v1;
	m.m_lsys_krn_sys_vmctl.value2 = v2;
	m.m_lsys_krn_sys_vmctl.value3 = v3;
	r = kt_kcall(&m);
	if (out != NULL)
		*out = m.m_lsys_krn_sys_vmctl.value;
	return r;
}

static void
test_vmctl(void)
{
	volatile uint64_t *page = (volatile uint64_t *)0x40000000UL;
	uint64_t pdbr = 0;
	long r;

	r = vmctl(SELF, VMCTL_MAP, 0x40000000UL, VMCTL_ANON_PAGE, VMCTL_F_WRITE,
	    NULL);
	expect("vmctl_map_anon", r, 0);
	if (r == 0) {
		check("vmctl_map_zeroed", page[0] == 0 && page[511] == 0,
		    "new page is not zero");
		page[7] = 0x7777;
		check("vmctl_map_write", page[7] == 0x7777, "write lost");
	}
	expect("vmctl_map_unaligned",
	    vmctl(SELF, VMCTL_MAP, 0x40000010UL, VMCTL_ANON_PAGE, 0, NULL),
	    -EINVAL_);
	expect("vmctl_map_kernel",
	    vmctl(SELF, VMCTL_MAP, 0xffff800000000000UL, VMCTL_ANON_PAGE, 0,
		NULL),
	    -EINVAL_);
	expect("vmctl_map_phys",
	    vmctl(SELF, VMCTL_MAP, 0x41000000UL, 0xb8000, 0, NULL), -EPERM_);
	expect("vmctl_badflags",
	    vmctl(SELF, VMCTL_MAP, 0x41000000UL, VMCTL_ANON_PAGE, 0x80, NULL),
	    -EINVAL_);
	expect("vmctl_badparam", vmctl(SELF, 99, 0, 0, 0, NULL), -EINVAL_);
	expect("vmctl_badep", vmctl(4000, VMCTL_GET_PDBR, 0, 0, 0, NULL),
	    -EINVAL_);
	expect("vmctl_clear_notfaulted",
	    vmctl(SELF, VMCTL_CLEAR_PAGEFAULT, 0, 0, 0, NULL), -EINVAL_);
	/* Only VM acts on other processes (t_kc is not VM). */
	expect("vmctl_other_clear_not_vm",
	    vmctl(spin, VMCTL_CLEAR_PAGEFAULT, 0, 0, 0, NULL), -EPERM_);
	expect("vmctl_other_map_not_vm",
	    vmctl(spin, VMCTL_MAP, 0x41000000UL, VMCTL_ANON_PAGE, 0, NULL),
	    -EPERM_);
	expect("vmctl_other_pdbr_not_vm",
	    vmctl(spin, VMCTL_GET_PDBR, 0, 0, 0, NULL), -EPERM_);
	expect("vmctl_unmap",
	    vmctl(SELF, VMCTL_UNMAP, 0x40000000UL, 4096, 0, NULL), 0);
	expect("vmctl_unmap_again",
	    vmctl(SELF, VMCTL_UNMAP, 0x40000000UL, 4096, 0, NULL), -EFAULT_);
	r = vmctl(SELF, VMCTL_GET_PDBR, 0, 0, 0, &pdbr);
	check("vmctl_pdbr", r == 0 && pdbr != 0 && (pdbr & 0xfff) == 0,
	    "no page-aligned root");
}

static long
umap(endpoint_t ep, int seg, uint64_t addr, uint64_t len, uint64_t *pa)
{
	message m = msg(SYS_UMAP);
	long r;

	m.m_lsys_krn_sys_umap.src_endpt = ep;
	m.m_lsys_krn_sys_umap.segment = seg;
	m.m_lsys_krn_sys_umap.src_addr = addr;
	m.m_lsys_krn_sys_umap.nr_bytes = len;
	r = kt_kcall(&m);
	if (pa != NULL)
		*pa = m.m_lsys_krn_sys_umap.dst_addr;
	return r;
}

static void
test_umap(void)
{
	static uint64_t buf[64] __attribute__((aligned(512)));
	uint64_t a = 0, b = 0;
	long r1, r2;

	buf[0] = buf[8] = 1;
	r1 = umap(SELF, UMAP_VIRTUAL, (uintptr_t)&buf[0], 8, &a);
	r2 = umap(SELF, UMAP_VIRTUAL, (uintptr_t)&buf[8], 8, &b);
	check("umap_ok", r1 == 0 && r2 == 0 && a != 0 && b == a + 64,
	    "physical addresses inconsistent");
	expect("umap_zero", umap(SELF, UMAP_VIRTUAL, (uintptr_t)buf, 0, NULL),
	    -EINVAL_);
	expect("umap_unmapped", umap(SELF, UMAP_VIRTUAL, 0xdead0000, 8, NULL),
	    -EFAULT_);
	expect("umap_badseg", umap(SELF, 5, (uintptr_t)buf, 8, NULL), -EINVAL_);
}

static long
setalarm(uint64_t t, int abs, uint64_t *left)
{
	message m = msg(SYS_SETALARM);
	long r;

	m.m_lsys_krn_sys_setalarm.exp_time = t;
	m.m_lsys_krn_sys_setalarm.abs_time = abs;
	r = kt_kcall(&m);
	if (left != NULL)
		*left = m.m_lsys_krn_sys_setalarm.time_left;
	return r;
}

static void
test_alarm(void)
{
	uint64_t t0 = kt_uptime(), left = 0;
	message m;
	int r;

	expect("alarm_set", setalarm(5, 0, NULL), 0);
	r = kt_receive(CLOCK, &m);
	check("alarm_notify",
	    r == 0 && m.m_source == CLOCK && m.m_type == NOTIFY_MESSAGE &&
		kt_uptime() - t0 >= 4,
	    "no timely NOTIFY from CLOCK");
	setalarm(100, 0, NULL);
	expect("alarm_cancel", setalarm(0, 0, &left), 0);
	check("alarm_time_left", left >= 90 && left <= 100,
	    "time_left out of range");
	expect("alarm_badabs", setalarm(5, 7, NULL), -EINVAL_);
}

static long
sched(int type, endpoint_t ep, int prio, int quantum, uint32_t flags)
{
	message m = msg(type);

	m.m_lsys_krn_sys_schedule.endpt = ep;
	m.m_lsys_krn_sys_schedule.priority = prio;
	m.m_lsys_krn_sys_schedule.quantum = quantum;
	m.m_lsys_krn_sys_schedule.cpu = -1;
	m.m_lsys_krn_sys_schedule.flags = flags;
	return kt_kcall(&m);
}

/* We are spin's scheduler: its used-up quantum comes to us. */
static void
check_no_quantum(void)
{
	message m;
	int r;

	r = kt_receive(KERNEL, &m);
	check("sched_no_quantum_msg",
	    r == 0 && m.m_source == KERNEL &&
		m.m_type == SCHEDULING_NO_QUANTUM &&
		m.m_lsys_krn_sys_schedule.endpt == spin &&
		m.m_lsys_krn_sys_schedule.quantum == 50,
	    "no SCHEDULING_NO_QUANTUM for the spinner");
	check("sched_no_quantum_stops", ticks_during(spin, 10) == 0,
	    "spinner ran without a new quantum");
}

static void
test_schedule(void)
{
	expect(
	    "schedule_badprio", sched(SYS_SCHEDULE, spin, 16, 50, 0), -EINVAL_);
	expect("schedule_badquantum", sched(SYS_SCHEDULE, spin, 8, 0, 0),
	    -EINVAL_);
	expect("schedule_badep", sched(SYS_SCHEDULE, 4000, 8, 50, 0), -EINVAL_);
	expect("schedule_low", sched(SYS_SCHEDULE, spin, 15, 50, 0), 0);
	check("schedule_low_starves", ticks_during(spin, 20) == 0,
	    "a queue-15 spinner ran beside a queue-8 busy process");
	expect("schedctl_user", sched(SYS_SCHEDCTL, spin, 0, 0, 0), 0);
	expect("schedule_by_scheduler", sched(SYS_SCHEDULE, spin, 8, 50, 0), 0);
	check_no_quantum();
	expect(
	    "schedctl_badflags", sched(SYS_SCHEDCTL, spin, 8, 50, 4), -EINVAL_);
	expect("schedctl_kernel",
	    sched(SYS_SCHEDCTL, spin, 8, 50, SCHEDCTL_FLAG_KERNEL), 0);
	check("schedule_restored", ticks_during(spin, 20) > 0,
	    "spinner back with the kernel scheduler got no time");
}

static long
runctl(endpoint_t ep, int action, int flags)
{
	message m = msg(SYS_RUNCTL);

	m.m_lsys_krn_sys_runctl.endpt = ep;
	m.m_lsys_krn_sys_runctl.action = action;
	m.m_lsys_krn_sys_runctl.flags = flags;
	return kt_kcall(&m);
}

static void
test_runctl(void)
{
	expect("runctl_stop", runctl(spin, RC_STOP, 0), 0);
	check("runctl_stopped", ticks_during(spin, 20) == 0,
	    "stopped spinner still ran");
	expect("runctl_resume", runctl(spin, RC_RESUME, 0), 0);
	check("runctl_resumed", ticks_during(spin, 20) > 0,
	    "resumed spinner got no time");
	expect("runctl_badaction", runctl(spin, 7, 0), -EINVAL_);
	expect("runctl_badflags", runctl(spin, RC_STOP, 8), -EINVAL_);
	expect("runctl_self", runctl(kt_lookup("t_kc"), RC_STOP, 0), -EPERM_);
}

static void
test_stime(void)
{
	message m = msg(SYS_STIME);

	m.m_lsys_krn_sys_stime.boot_time = 1234567890;
	expect("stime", kt_kcall(&m), 0);
	m = msg(SYS_TIMES);
	m.m_krn_lsys_sys_times.endpt = SELF;
	kt_kcall(&m);
	check("stime_times", m.m_krn_lsys_sys_times.boot_time == 1234567890,
	    "SYS_TIMES does not report the new boot time");
}

static long
fork_of(endpoint_t parent, int slot, endpoint_t *child)
{
	message m = msg(SYS_FORK);
	long r;

	m.m_lsys_krn_sys_fork.endpt = parent;
	m.m_lsys_krn_sys_fork.slot = slot;
	r = kt_kcall(&m);
	*child = m.m_krn_lsys_sys_fork.endpt;
	return r;
}

static long
clear(endpoint_t ep)
{
	message m = msg(SYS_CLEAR);

	m.m_lsys_krn_endpt.endpt = ep;
	return kt_kcall(&m);
}

static void
test_fork(void)
{
	endpoint_t me = kt_lookup("t_kc"), child = NONE;
	long r;

	expect("fork_badparent", fork_of(4000, -1, &child), -EINVAL_);
	expect("fork_badslot", fork_of(spin, NR_SLOTS, &child), -EINVAL_);
	expect(
	    "fork_busyslot", fork_of(spin, _ENDPOINT_P(me), &child), -EBUSY_);
	r = fork_of(spin, -1, &child);
	expect("fork_ok", r, 0);
	if (r != 0)
		return;
	check("fork_new_endpoint",
	    child != spin && kt_times(child, NULL, NULL) == 0,
	    "child endpoint is not a live process");
	check("fork_child_stopped", ticks_during(child, 10) == 0,
	    "child ran before RUNCTL");
	expect("clear_self", clear(me), -EPERM_);
	expect("clear_child", clear(child), 0);
	expect("clear_gone", kt_times(child, NULL, NULL), -EINVAL_);
	expect("clear_again", clear(child), -EINVAL_);
}

static long
exec_at(endpoint_t ep, uint64_t ip, uint64_t arg, const char *name)
{
	message m = msg(SYS_EXEC);

	m.m_lsys_krn_sys_exec.endpt = ep;
	m.m_lsys_krn_sys_exec.ip = ip;
	m.m_lsys_krn_sys_exec.sp = STACK_SP;
	m.m_lsys_krn_sys_exec.ps_str = arg;
	m.m_lsys_krn_sys_exec.name = (uintptr_t)name;
	return kt_kcall(&m);
}

static void
test_exec(void)
{
	expect("exec_badip", exec_at(spin, 0xffff800000000000UL, 0, NULL),
	    -EINVAL_);
	expect("exec_badname",
	    exec_at(spin, EXEC_ENTRY, 0, (const char *)0xdead0000), -EFAULT_);
	expect("exec_ok", exec_at(spin, EXEC_ENTRY, 0xfeed, "t_kspin2"), 0);
	check("exec_rename", kt_lookup("t_kspin2") == spin,
	    "new name not visible");
}

static int
wait_gone(endpoint_t ep, uint64_t limit)
{
	uint64_t end = kt_uptime() + limit;

	while (kt_uptime() < end)
		if (kt_times(ep, NULL, NULL) == -EINVAL_)
			return 1;
	return 0;
}

int
main(const char *name)
{
	(void)name;
	spin = kt_lookup("t_kspin");
	pf = kt_lookup("t_pf");
	if (spin < 0 || pf < 0 || kt_lookup("vm") < 0)
		kt_printf("t_kc: t_kspin, t_pf or vm missing\n");
	test_regs();
	test_devio();
	test_irqctl();
	test_vmctl();
	test_umap();
	check("pf_outside_region", wait_gone(pf, 500),
	    "t_pf still alive after faulting outside its region");
	test_alarm();
	test_runctl();
	test_schedule();
	test_stime();
	test_fork();
	test_exec();
	kt_wait_ticks(20); /* let t_kspin report exec_entry */
	kt_printf("t_kc: all checks done\n");
	kt_abort(0x10);
	return 1;
}
