/*
 * sigpending.c: sigpending(2) on the host port.
 */

#include <signal.h>

#include "linux.h"

int
sigpending(sigset_t *set)
{
	unsigned long l;

	if (__linux_ret(__lsys2(LNR_rt_sigpending, &l, 8)) < 0)
		return -1;
	__linux_sigset_back(l, set);
	return 0;
}
