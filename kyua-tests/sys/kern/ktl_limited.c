/*
 * ktl_limited.c: a test program with the limited test record
 * (PRIV_ID_TEST_LIMITED: no SENDA, a handful of kernel calls, port 0x80
 * only).  It waits for the controller's KT_HELLO, checks that everything
 * outside its record is refused with the exact error, and answers
 * KT_DONE.
 */

#include "ktest.h"
#include "ktipc.h"
#include "kt_proto.h"

#define EPERM_	     (-1)
#define ECALLDENIED_ (-104)
#define EBADREQUEST_ (-106)
#define ETRAPDENIED_ (-107)

static long
devio(int req, uint32_t port, uint32_t val)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = SYS_DEVIO;
	m.m_lsys_krn_sys_devio.request = req;
	m.m_lsys_krn_sys_devio.port = port;
	m.m_lsys_krn_sys_devio.value = val;
	return kt_kcall(&m);
}

static long
simple_call(int type)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = type;
	m.m_lsys_krn_endpt.endpt = SELF;
	return kt_kcall(&m);
}

static void
t_devio(void)
{
	long r = devio(DIO_OUTPUT_BYTE, 0x80, 0);

	if (r == EBADREQUEST_) {
		kt_skip("limited_devio_allowed", "no SYS_DEVIO in this kernel");
		kt_skip("limited_devio_outside_record", "no SYS_DEVIO");
		kt_skip("limited_devio_straddles_record", "no SYS_DEVIO");
		return;
	}
	kt_expect("limited_devio_allowed", r, 0);
	kt_expect("limited_devio_outside_record",
	    devio(DIO_INPUT_BYTE, 0x3f8, 0), EPERM_);
	kt_expect("limited_devio_straddles_record",
	    devio(DIO_OUTPUT_WORD, 0x80, 0), EPERM_);
}

static void
run_tests(endpoint_t a)
{
	asynmsg_t tab[1];
	char name[16];
	message m;

	kt_expect(
	    "limited_kcall_denied_kill", simple_call(SYS_KILL), ECALLDENIED_);
	kt_expect("limited_kcall_denied_privctl", simple_call(SYS_PRIVCTL),
	    ECALLDENIED_);
	kt_expect("limited_kcall_denied_safememset",
	    simple_call(SYS_SAFEMEMSET), ECALLDENIED_);
	kt_expect("limited_kcall_denied_getksig", simple_call(SYS_GETKSIG),
	    ECALLDENIED_);
	kt_expect("limited_kcall_allowed_getinfo",
	    kt_getinfo(GET_WHOAMI, SELF, name, sizeof(name)), 0);
	memset(tab, 0, sizeof(tab));
	kt_expect("limited_senda_trapdenied", kt_senda(tab, 1), ETRAPDENIED_);
	memset(&m, 0, sizeof(m));
	m.m_type = P_ECHO;
	kt_expect("limited_sendrec_allowed", kt_sendrec(a, &m), 0);
	t_devio();
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
	run_tests((endpoint_t)m.m_u64.m_u64[1]);
	memset(&m, 0, sizeof(m));
	m.m_type = KT_DONE;
	kt_send(ctl, &m);
	for (;;)
		kt_receive(ANY, &m);
}
