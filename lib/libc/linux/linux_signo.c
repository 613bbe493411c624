/*
 * linux_signo.c: signal-number, signal-set and wait-status translation
 * between NetBSD (outside) and Linux (inside) for the host port.
 *
 * NetBSD signals without a Linux twin borrow otherwise unused Linux
 * numbers: SIGEMT -> 32 (below glibc-free SIGRTMIN), SIGINFO -> 16
 * (SIGSTKFLT), so every NetBSD signal 1..63 has a distinct Linux number.
 */

#include <signal.h>
#include <sys/wait.h>

#include "linux.h"

/* Index: NetBSD signal; value: Linux signal. */
static const unsigned char n2l[33] = {
	[SIGHUP] = 1,
	[SIGINT] = 2,
	[SIGQUIT] = 3,
	[SIGILL] = 4,
	[SIGTRAP] = 5,
	[SIGABRT] = 6,
	[SIGEMT] = 32,
	[SIGFPE] = 8,
	[SIGKILL] = 9,
	[SIGBUS] = 7,
	[SIGSEGV] = 11,
	[SIGSYS] = 31,
	[SIGPIPE] = 13,
	[SIGALRM] = 14,
	[SIGTERM] = 15,
	[SIGURG] = 23,
	[SIGSTOP] = 19,
	[SIGTSTP] = 20,
	[SIGCONT] = 18,
	[SIGCHLD] = 17,
	[SIGTTIN] = 21,
	[SIGTTOU] = 22,
	[SIGIO] = 29,
	[SIGXCPU] = 24,
	[SIGXFSZ] = 25,
	[SIGVTALRM] = 26,
	[SIGPROF] = 27,
	[SIGWINCH] = 28,
	[SIGINFO] = 16,
	[SIGUSR1] = 10,
	[SIGUSR2] = 12,
	[SIGPWR] = 30,
};

int
__linux_sig(int sig)
{
	if (sig == 0)
		return 0;
	if (sig < 0 || sig >= _NSIG)
		return -1;
	if (sig <= 32)
		return n2l[sig];
	return sig; /* real-time signals 33..63 keep their numbers */
}

int
__linux_sig_back(int lsig)
{
	int s;

	if (lsig == 0)
		return 0;
	if (lsig >= 33 && lsig < _NSIG)
		return lsig;
	for (s = 1; s <= 32; s++)
		if (n2l[s] == lsig)
			return s;
	return -1;
}

void
__linux_sigset(const sigset_t *set, unsigned long *lset)
{
	int s, l;

	*lset = 0;
	for (s = 1; s < _NSIG; s++) {
		if (!__sigismember(set, s))
			continue;
		l = __linux_sig(s);
		if (l > 0)
			*lset |= 1UL << (l - 1);
	}
}

void
__linux_sigset_back(unsigned long lset, sigset_t *set)
{
	int l, s;

	__sigemptyset(set);
	for (l = 1; l <= 64; l++) {
		if ((lset & (1UL << (l - 1))) == 0)
			continue;
		s = __linux_sig_back(l);
		if (s > 0)
			__sigaddset(set, s);
	}
}

/* Wait status: only the signal numbers in it differ. */
int
__linux_status_back(int st)
{
	int sig;

	if (st == 0xffff || (st & 0x7f) == 0)
		return st;
	if ((st & 0xff) == 0x7f) {
		sig = __linux_sig_back((st >> 8) & 0xff);
		return (st & ~0xff00) | ((sig > 0 ? sig : 0) << 8);
	}
	sig = __linux_sig_back(st & 0x7f);
	return (st & ~0x7f) | (sig > 0 ? sig : 0x7e);
}
