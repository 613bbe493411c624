/*
 * siginterrupt.c: siginterrupt(3): choose whether a signal interrupts
 * (flag != 0) or restarts (flag == 0) system calls.  The choice is also
 * remembered for later signal(3) calls in __sigintr.
 */

#include <stddef.h>
#include <errno.h>
#include <signal.h>

#include "libc_private.h"

sigset_t __sigintr;

int
siginterrupt(int sig, int flag)
{
	struct sigaction sa;

	if (sigaction(sig, NULL, &sa) < 0)
		return -1;
	if (flag) {
		sigaddset(&__sigintr, sig);
		sa.sa_flags &= ~SA_RESTART;
	} else {
		sigdelset(&__sigintr, sig);
		sa.sa_flags |= SA_RESTART;
	}
	return sigaction(sig, &sa, NULL);
}
