/*
 * getrlimit.c: getrlimit(2) on the host port: limit numbers and Linux's
 * infinity (~0) are translated.
 */

#include <errno.h>
#include <sys/resource.h>

#include "linux.h"

int __linux_rlimit(int);

int
getrlimit(int res, struct rlimit *rlp)
{
	unsigned long l[2];
	int lr = __linux_rlimit(res);

	if (lr < 0)
		return (int)__linux_fail(EINVAL);
	if (__linux_ret(__lsys2(LNR_getrlimit, lr, l)) < 0)
		return -1;
	rlp->rlim_cur = l[0] >= RLIM_INFINITY ? RLIM_INFINITY : l[0];
	rlp->rlim_max = l[1] >= RLIM_INFINITY ? RLIM_INFINITY : l[1];
	return 0;
}
