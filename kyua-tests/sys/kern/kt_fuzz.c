/*
 * kt_fuzz.c: random bad input.  Thousands of IPC traps and kernel calls
 * with arguments drawn from bad pointers, dead and malformed endpoints
 * and random message contents; every call must return 0 or one of the
 * documented negative errors, and IPC must still work afterwards.  The
 * draws avoid calls that could legitimately block or end the boot
 * (RECEIVE from a live source, SYS_ABORT, SYS_EXIT, SYS_PRIVCTL...).
 */

#include "kt_ctl.h"

#define FUZZ_ROUNDS 3000

static uint64_t seed = 0x9e3779b97f4a7c15ULL;

static uint64_t
rnd(void)
{
	seed ^= seed << 13;
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return seed;
}

static int
known_error(long r)
{
	static const long ok[] = { 0, EPERM_, E2BIG_, ENOMEM_, EFAULT_, EINVAL_,
		ELOCKED_, EDEADSRCDST_, ENOTREADY_, ECALLDENIED_, EBADCALL_,
		EBADREQUEST_, ETRAPDENIED_, -3, -16, -78 };
	unsigned i;

	for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
		if (r == ok[i])
			return 1;
	return 0;
}

static void *
bad_ptr(void)
{
	static message scratch;

	switch (rnd() % 5) {
	case 0:
		return NULL;
	case 1:
		return (void *)KERNEL_ADDR;
	case 2:
		return (void *)(UNMAPPED + (rnd() & 0xfff));
	case 3:
		return (void *)(uintptr_t)0x400000; /* read-only text */
	default:
		return &scratch;
	}
}

/* Endpoints that never name a live partner. */
static endpoint_t
dead_ep(void)
{
	endpoint_t e;

	switch (rnd() % 6) {
	case 0:
		return NONE;
	case 1:
		return BAD_EP;
	case 2:
		return ep.x; /* exited */
	case 3:
		return _ENDPOINT(rnd() % 50, 100 + rnd() % 100); /* free */
	case 4:
		e = (endpoint_t)rnd(); /* never a kernel task or ANY */
		return e < 0 && e > -200 ? NONE : e;
	default:
		return SELF;
	}
}

static long
fuzz_ipc(void)
{
	static message m;
	int prim = (int)(rnd() % 10) - 1;
	endpoint_t e = dead_ep();
	void *p = bad_ptr();
	unsigned i;

	for (i = 0; i < 7; i++)
		m.m_u64.m_u64[i] = rnd();
	m.m_type = (int)rnd();
	if (prim == NOTIFY && e == SELF)
		e = NONE;  /* a real notification would stay pending */
	if (prim == SENDA) /* tables only at addresses that fault */
		return kt_ipc(prim, (int)(rnd() % 70) - 2,
		    rnd() % 2 ? NULL : (void *)UNMAPPED);
	return kt_ipc(prim, e, p);
}

static long
fuzz_kcall(void)
{
	static const int calls[] = { SYS_SETGRANT, SYS_SAFECOPYFROM,
		SYS_SAFECOPYTO, SYS_VSAFECOPY, SYS_SAFEMEMSET, SYS_GETINFO,
		SYS_ENDKSIG, SYS_SIGRETURN, SYS_DIAGCTL, SYS_TIMES,
		KERNEL_CALL + NR_SYS_CALLS + 3, 0 };
	message m;
	unsigned i;
	long r;

	for (i = 0; i < 7; i++)
		m.m_u64.m_u64[i] = rnd();
	m.m_type = calls[rnd() % (sizeof(calls) / sizeof(calls[0]))];
	if (m.m_type == SYS_DIAGCTL)
		m.m_lsys_krn_sys_diagctl.code = 77; /* no console noise */
	if (m.m_type == SYS_SIGRETURN || m.m_type == SYS_ENDKSIG)
		m.m_lsys_krn_sys_sigsend.endpt = dead_ep();
	if (m.m_type == SYS_SETGRANT)
		m.m_lsys_krn_sys_setgrant.addr |= 1ULL << 63;
	r = kt_kcall(rnd() % 4 == 0 ? bad_ptr() : &m);
	return r;
}

void
fuzz_tests(void)
{
	long r, bad_ipc = 0, bad_kcall = 0, last_ipc = 0, last_kcall = 0;
	message m;
	int i;

	for (i = 0; i < FUZZ_ROUNDS; i++) {
		if (!known_error(r = fuzz_ipc())) {
			bad_ipc++;
			last_ipc = r;
		}
		if (!known_error(r = fuzz_kcall())) {
			bad_kcall++;
			last_kcall = r;
		}
	}
	kt_check("fuzz_ipc_errors", bad_ipc == 0, "%ld odd results, last %ld",
	    bad_ipc, last_ipc);
	kt_check("fuzz_kcall_errors", bad_kcall == 0,
	    "%ld odd results, last %ld", bad_kcall, last_kcall);
	kt_setgrant(NULL, 0);
	r = cmd(ep.a, P_ECHO, &m, 1, 7);
	kt_check("fuzz_ipc_still_works", r == 0 && m.m_u64.m_u64[0] == 8,
	    "r %ld", r);
	fuzz_sub_tests();
	r = cmd(ep.a, P_ECHO, &m, 1, 41);
	kt_check("fuzz_sub_ipc_still_works", r == 0 && m.m_u64.m_u64[0] == 42,
	    "r %ld", r);
}
