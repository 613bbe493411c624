/*
 * kt_sig.c: SYS_SIGSEND and SYS_SIGRETURN tests.  The target is this same
 * program booted as "kt_sig" (sig_main), so the controller knows the
 * addresses of its handler and trampoline.  kt_sig waits in RECEIVE; a
 * signal interrupts that (it must return EINTR after SIGRETURN), the
 * handler reports its frame to the controller and waits for a SIGRETURN
 * that resumes the interrupted code.
 */

#include "kt_ctl.h"
#include <minix/sigframe.h>

static endpoint_t sig_ctl;

/* Never runs: the handler is always ended by SYS_SIGRETURN. */
static void
sig_trampoline(void)
{
	kt_printf("FAIL sig_trampoline: handler returned\n");
	for (;;)
		continue;
}

static void
sig_handler(int signo, void *info, struct sigcontext *sc)
{
	uint64_t rip = sc->sc_rip;
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = P_DATA;
	m.m_u64.m_u64[0] = (uint64_t)signo;
	m.m_u64.m_u64[1] = (uintptr_t)sc;
	m.m_u64.m_u64[2] = sc->sc_magic;
	m.m_u64.m_u64[3] = sc->sc_rax;
	m.m_u64.m_u64[4] = (uintptr_t)info;
	m.m_u64.m_u64[5] = sc->sc_mask;
	if (signo == 12)
		sc->sc_rflags |= 0x3000; /* ask for IOPL 3 */
	if (signo == 13)
		sc->sc_rip = KERNEL_ADDR;
	kt_sendrec(sig_ctl, &m);
	sc->sc_rip = rip; /* the controller refused it */
	m.m_type = P_DATA;
	kt_sendrec(sig_ctl, &m);
	sig_trampoline();
}

static uint64_t
rflags(void)
{
	uint64_t f;

	__asm__ volatile("pushfq; popq %0" : "=r"(f));
	return f;
}

int
sig_main(void)
{
	volatile uint64_t canary = 0x1234567890abcdefULL;
	message m;
	int r;

	sig_ctl = kt_lookup("kt_ipc");
	for (;;) {
		r = kt_receive(ANY, &m);
		memset(&m, 0, sizeof(m));
		m.m_type = P_RESULT;
		m.m_u64.m_u64[0] = (uint64_t)(long)r;
		m.m_u64.m_u64[1] = rflags();
		m.m_u64.m_u64[2] = canary;
		kt_send(sig_ctl, &m);
	}
}

static long
sigcall(int type, endpoint_t e, const void *ctx)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = type;
	m.m_lsys_krn_sys_sigsend.endpt = e;
	m.m_lsys_krn_sys_sigsend.sigctx = (uintptr_t)ctx;
	return kcall_m(&m);
}

static void
sigmsg_init(struct sigmsg *sm, int signo)
{
	memset(sm, 0, sizeof(*sm));
	sm->sm_signo = signo;
	sm->sm_mask = 0x55;
	sm->sm_handler = (uintptr_t)sig_handler;
	sm->sm_sigreturn = (uintptr_t)sig_trampoline;
}

/* Deliver signo to kt_sig; returns its report (P_DATA) in *m. */
static int
deliver(int signo, message *m)
{
	struct sigmsg sm;
	long r;

	wait_state(ep.sig, KPS_RECEIVING);
	sigmsg_init(&sm, signo);
	if ((r = sigcall(SYS_SIGSEND, ep.sig, &sm)) != 0)
		return (int)r;
	return recv(ep.sig, m);
}

static void
t_sig_roundtrip(void)
{
	message m;
	uint64_t ctx;
	int r;

	r = deliver(10, &m);
	ctx = m.m_u64.m_u64[1];
	kt_check("sigsend_handler_runs",
	    r == 0 && m.m_type == P_DATA && m.m_u64.m_u64[0] == 10,
	    "r %d type %#x signo %lu", r, m.m_type, m.m_u64.m_u64[0]);
	kt_check("sigsend_frame",
	    m.m_u64.m_u64[2] == SC_MAGIC && (ctx & 15) == 0 &&
		m.m_u64.m_u64[4] == 0 && m.m_u64.m_u64[5] == 0x55,
	    "magic %#lx ctx %#lx mask %#lx", m.m_u64.m_u64[2], ctx,
	    m.m_u64.m_u64[5]);
	kt_check("sigsend_interrupts_receive", (long)m.m_u64.m_u64[3] == EINTR_,
	    "saved rax %ld", (long)m.m_u64.m_u64[3]);
	expect("sigreturn", sigcall(SYS_SIGRETURN, ep.sig, (void *)ctx), 0);
	r = recv(ep.sig, &m);
	kt_check("sigreturn_resumes",
	    r == 0 && m.m_type == P_RESULT &&
		(long)m.m_u64.m_u64[0] == EINTR_ &&
		m.m_u64.m_u64[2] == 0x1234567890abcdefULL,
	    "r %d type %#x result %ld canary %#lx", r, m.m_type,
	    (long)m.m_u64.m_u64[0], m.m_u64.m_u64[2]);
}

static void
t_sig_sanitize(void)
{
	message m;
	uint64_t ctx;
	int r;

	r = deliver(12, &m);
	ctx = m.m_u64.m_u64[1];
	expect("sigreturn_iopl_request",
	    sigcall(SYS_SIGRETURN, ep.sig, (void *)ctx), 0);
	r = recv(ep.sig, &m);
	kt_check("sigreturn_sanitizes_rflags",
	    r == 0 && (m.m_u64.m_u64[1] & 0x3000) == 0 &&
		(m.m_u64.m_u64[1] & 0x200),
	    "r %d rflags %#lx", r, m.m_u64.m_u64[1]);

	r = deliver(13, &m);
	ctx = m.m_u64.m_u64[1];
	expect("sigreturn_bad_rip", sigcall(SYS_SIGRETURN, ep.sig, (void *)ctx),
	    EINVAL_);
	m.m_type = 0;
	kt_send(ep.sig, &m); /* let the handler fix its context */
	r = recv(ep.sig, &m);
	expect("sigreturn_after_fix",
	    sigcall(SYS_SIGRETURN, ep.sig, (void *)ctx), 0);
	r = recv(ep.sig, &m);
	kt_check("sigreturn_after_fix_resumes", r == 0 && m.m_type == P_RESULT,
	    "r %d type %#x", r, m.m_type);
}

static void
t_sig_bad(void)
{
	struct sigmsg sm;

	wait_state(ep.sig, KPS_RECEIVING);
	sigmsg_init(&sm, 10);
	expect("sigsend_bad_ptr",
	    sigcall(SYS_SIGSEND, ep.sig, (void *)UNMAPPED), EFAULT_);
	expect("sigsend_self", sigcall(SYS_SIGSEND, SELF, &sm), EINVAL_);
	expect("sigsend_bad_ep", sigcall(SYS_SIGSEND, BAD_EP, &sm), EINVAL_);
	sm.sm_signo = 0;
	expect("sigsend_bad_signo", sigcall(SYS_SIGSEND, ep.sig, &sm), EINVAL_);
	sm.sm_signo = 10;
	sm.sm_handler = KERNEL_ADDR;
	expect("sigsend_kernel_handler", sigcall(SYS_SIGSEND, ep.sig, &sm),
	    EINVAL_);
	sm.sm_handler = (uintptr_t)sig_handler;
	sm.sm_stkptr = UNMAPPED;
	expect("sigsend_bad_stack", sigcall(SYS_SIGSEND, ep.sig, &sm), EFAULT_);
	kt_check("sigsend_bad_stack_untouched",
	    wait_state(ep.sig, KPS_RECEIVING), "kt_sig no longer receiving");
	expect("sigreturn_no_magic",
	    sigcall(SYS_SIGRETURN, ep.sig, (void *)0x400000), EINVAL_);
	expect("sigreturn_bad_ptr",
	    sigcall(SYS_SIGRETURN, ep.sig, (void *)UNMAPPED), EFAULT_);
	expect("sigreturn_self", sigcall(SYS_SIGRETURN, SELF, &sm), EINVAL_);
}

void
sig_tests(void)
{
	t_sig_roundtrip();
	t_sig_sanitize();
	t_sig_bad();
}
