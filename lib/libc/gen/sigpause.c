/*
 * sigpause.c: sigpause(3) (XSI): unblock sig and wait for a signal;
 * returns -1 with EINTR, like sigsuspend.
 */

#include <signal.h>
#include <stddef.h>

int
sigpause(int sig)
{
	sigset_t s;

	if (sigprocmask(SIG_BLOCK, NULL, &s) < 0 || sigdelset(&s, sig) < 0)
		return -1;
	return sigsuspend(&s);
}
