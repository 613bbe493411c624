/*
 * ktu_user.c: a test program with only the shared user privilege record:
 * SENDREC to servers (and to the PRIV_ID_TEST test programs), nothing
 * else.  It cannot print, so it reports each result line to the
 * controller, which must be the first test module (endpoint
 * _ENDPOINT(0, NR_BOOT_SERVICES)), with SENDREC KT_REPORT.
 */

#include "ktest.h"
#include "ktipc.h"
#include "kt_proto.h"

#define EFAULT_	     (-14)
#define EINVAL_	     (-22)
#define EDEADSRCDST_ (-102)
#define ECALLDENIED_ (-104)
#define EBADCALL_    (-105)
#define ETRAPDENIED_ (-107)

#define BAD_EP _ENDPOINT(0, NR_SLOTS + 44)

static endpoint_t ctl = _ENDPOINT(0, NR_BOOT_SERVICES);

static void
report(const char *fmt, ...)
{
	message m;
	va_list ap;

	memset(&m, 0, sizeof(m));
	m.m_type = KT_REPORT;
	va_start(ap, fmt);
	kt_vsnprintf((char *)m.m_u8.m_u8, sizeof(m.m_u8.m_u8), fmt, ap);
	va_end(ap);
	kt_sendrec(ctl, &m);
}

static void
expect(const char *name, long got, long want)
{
	if (got == want)
		report("PASS %s", name);
	else
		report("FAIL %s: got %ld want %ld", name, got, want);
}

static void
run_tests(endpoint_t limited, endpoint_t a)
{
	asynmsg_t tab[1];
	message m;

	memset(&m, 0, sizeof(m));
	memset(tab, 0, sizeof(tab));
	expect("user_send_trapdenied", kt_send(ctl, &m), ETRAPDENIED_);
	expect("user_receive_trapdenied", kt_receive(ANY, &m), ETRAPDENIED_);
	expect("user_notify_trapdenied", kt_notify(ctl), ETRAPDENIED_);
	expect("user_sendnb_trapdenied", kt_sendnb(ctl, &m), ETRAPDENIED_);
	expect("user_senda_trapdenied", kt_senda(tab, 1), ETRAPDENIED_);
	expect(
	    "user_replyrecv_trapdenied", kt_replyrecv(ctl, &m), ETRAPDENIED_);
	expect("user_bad_primitive", kt_ipc(0, ctl, &m), EBADCALL_);
	expect("user_sendrec_outside_record", kt_sendrec(limited, &m),
	    ECALLDENIED_);
	m.m_type = P_ECHO;
	m.m_u64.m_u64[0] = 5;
	expect("user_sendrec_allowed",
	    kt_sendrec(a, &m) == 0 && m.m_u64.m_u64[0] == 6, 1);
	expect("user_sendrec_null", kt_sendrec(a, NULL), EFAULT_);
	expect("user_sendrec_dead", kt_sendrec(_ENDPOINT(0, 200), &m),
	    EDEADSRCDST_);
	expect("user_sendrec_garbage", kt_sendrec(BAD_EP, &m), EINVAL_);
	memset(&m, 0, sizeof(m));
	m.m_type = SYS_GETINFO;
	expect("user_kcall_denied", kt_kcall(&m), ECALLDENIED_);
	m.m_type = SYS_DIAGCTL;
	expect("user_diagctl_denied", kt_kcall(&m), ECALLDENIED_);
	memset(&m, 0, sizeof(m));
	m.m_type = SYS_ABORT; /* would end the boot if allowed */
	m.m_lsys_krn_sys_abort.how = RBT_QEMU_EXIT;
	m.m_lsys_krn_sys_abort.status = 0x11;
	expect("user_abort_denied", kt_kcall(&m), ECALLDENIED_);
}

int
main(const char *name)
{
	message m;

	(void)name;
	memset(&m, 0, sizeof(m));
	m.m_type = KT_HELLO;
	if (kt_sendrec(ctl, &m) != 0)
		return 1;
	run_tests((endpoint_t)m.m_u64.m_u64[1], (endpoint_t)m.m_u64.m_u64[2]);
	memset(&m, 0, sizeof(m));
	m.m_type = KT_DONE;
	kt_sendrec(ctl, &m);
	for (;;)
		continue;
}
