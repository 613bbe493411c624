/*
 * setrlimit.c: setrlimit(2) on the host port.
 */

#include <errno.h>
#include <sys/resource.h>

#include "linux.h"

int __linux_rlimit(int);

int
setrlimit(int res, const struct rlimit *rlp)
{
	unsigned long l[2];
	int lr = __linux_rlimit(res);

	if (lr < 0)
		return (int)__linux_fail(EINVAL);
	if (rlp->rlim_cur > rlp->rlim_max)
		return (int)__linux_fail(EINVAL);
	l[0] = rlp->rlim_cur >= RLIM_INFINITY ? ~0UL : rlp->rlim_cur;
	l[1] = rlp->rlim_max >= RLIM_INFINITY ? ~0UL : rlp->rlim_max;
	return (int)__linux_ret(__lsys2(LNR_setrlimit, lr, l));
}
