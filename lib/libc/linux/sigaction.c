/*
 * sigaction.c: sigaction(2) on the host port.
 *
 * Linux delivers Linux signal numbers, so a caught signal goes through
 * __linux_sigtramp(), installed with SA_SIGINFO and an rt_sigreturn
 * restorer: it translates the number (and, for SA_SIGINFO handlers, the
 * siginfo) and calls the handler the program registered, which is kept
 * in `handlers' by NetBSD signal number.  SIG_DFL and SIG_IGN go to the
 * kernel unchanged, except that SIGINFO's stand-in (SIGSTKFLT) would
 * terminate by default where NetBSD's SIGINFO is ignored: its SIG_DFL is
 * installed as SIG_IGN (see __libc_port_init) and reported as SIG_DFL.
 * The third handler argument is Linux's ucontext.
 */

#include <errno.h>
#include <signal.h>
#include <string.h>

#include "linux.h"

void __linux_sigreturn(void);
__asm__(".text\n"
	".globl __linux_sigreturn\n"
	".type __linux_sigreturn,@function\n"
	"__linux_sigreturn:\n"
	"\tmovq $15, %rax\n" /* rt_sigreturn */
	"\tsyscall\n"
	"\thlt\n");

static struct {
	void *fn;
	int flags;
} handlers[_NSIG];

static void
__linux_sigtramp(int lsig, struct l_siginfo *lsi, void *uctx)
{
	int sig = __linux_sig_back(lsig);
	siginfo_t si;
	void *fn;
	int flags;

	if (sig <= 0)
		return;
	fn = handlers[sig].fn;
	flags = handlers[sig].flags;
	if (flags & SA_RESETHAND)
		handlers[sig].fn = (void *)SIG_DFL;
	if (fn == (void *)SIG_DFL || fn == (void *)SIG_IGN)
		return;
	if (flags & SA_SIGINFO) {
		__linux_siginfo_back(lsi, &si);
		((void (*)(int, siginfo_t *, void *))fn)(sig, &si, uctx);
	} else
		((void (*)(int))fn)(sig);
}

static unsigned long
lflags(int flags)
{
	unsigned long l = L_SA_RESTORER;

	if (flags & SA_ONSTACK)
		l |= L_SA_ONSTACK;
	if (flags & SA_RESTART)
		l |= L_SA_RESTART;
	if (flags & SA_RESETHAND)
		l |= L_SA_RESETHAND;
	if (flags & SA_NOCLDSTOP)
		l |= L_SA_NOCLDSTOP;
	if (flags & SA_NODEFER)
		l |= L_SA_NODEFER;
	if (flags & SA_NOCLDWAIT)
		l |= L_SA_NOCLDWAIT;
	return l;
}

static int
nflags(unsigned long l)
{
	int f = 0;

	if (l & L_SA_ONSTACK)
		f |= SA_ONSTACK;
	if (l & L_SA_RESTART)
		f |= SA_RESTART;
	if (l & L_SA_RESETHAND)
		f |= SA_RESETHAND;
	if (l & L_SA_NOCLDSTOP)
		f |= SA_NOCLDSTOP;
	if (l & L_SA_NODEFER)
		f |= SA_NODEFER;
	if (l & L_SA_NOCLDWAIT)
		f |= SA_NOCLDWAIT;
	if (l & L_SA_SIGINFO)
		f |= SA_SIGINFO;
	return f;
}

static void
old_action(int sig, void *fn, int flags, const struct l_sigaction *lo,
    struct sigaction *oact)
{
	memset(oact, 0, sizeof(*oact));
	__linux_sigset_back(lo->mask, &oact->sa_mask);
	if (lo->handler == (void *)__linux_sigtramp ||
	    (sig == SIGINFO && lo->handler == (void *)SIG_IGN)) {
		oact->sa_handler = (void (*)(int))fn;
		oact->sa_flags = flags;
	} else {
		oact->sa_handler = (void (*)(int))lo->handler;
		oact->sa_flags = nflags(lo->flags);
	}
}

int
sigaction(int sig, const struct sigaction *__restrict act,
    struct sigaction *__restrict oact)
{
	struct l_sigaction la, lo;
	int lsig = __linux_sig(sig), oflags;
	void *fn, *ofn;
	long r;

	if (sig <= 0 || sig >= _NSIG || lsig <= 0)
		return (int)__linux_fail(EINVAL);
	if (act != NULL && (sig == SIGKILL || sig == SIGSTOP))
		return (int)__linux_fail(EINVAL);
	if (act != NULL) {
		fn = (void *)act->sa_handler;
		la.flags = lflags(act->sa_flags);
		la.restorer = __linux_sigreturn;
		__linux_sigset(&act->sa_mask, &la.mask);
		if (fn == (void *)SIG_DFL && sig == SIGINFO)
			la.handler = (void *)SIG_IGN;
		else if (fn == (void *)SIG_DFL || fn == (void *)SIG_IGN)
			la.handler = fn;
		else {
			la.handler = (void *)__linux_sigtramp;
			la.flags |= L_SA_SIGINFO;
		}
	}
	if (__linux_ret(__lsys4(LNR_rt_sigaction, lsig, NULL, &lo, 8)) < 0)
		return -1;
	ofn = handlers[sig].fn;
	oflags = handlers[sig].flags;
	if (act != NULL) {
		handlers[sig].fn = (void *)act->sa_handler;
		handlers[sig].flags = act->sa_flags;
		r = __lsys4(LNR_rt_sigaction, lsig, &la, NULL, 8);
		if (__linux_ret(r) < 0)
			return -1;
	}
	if (oact != NULL)
		old_action(sig, ofn, oflags, &lo, oact);
	return 0;
}
