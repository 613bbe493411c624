/*
 * sigsuspend.c: sigsuspend(2) on the host port: always returns -1 with
 * errno EINTR once a handler has run.
 */

#include <signal.h>

#include "linux.h"

int
sigsuspend(const sigset_t *set)
{
	unsigned long l;

	__linux_sigset(set, &l);
	return (int)__linux_ret(__lsys2(LNR_rt_sigsuspend, &l, 8));
}
