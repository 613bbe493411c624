/*
 * select.c: select(2) on the host port: the fd_set bit layout agrees;
 * the timeout is converted (kernel timevals are two longs).
 */

#include <errno.h>
#include <sys/select.h>
#include <sys/time.h>

#include "linux.h"

int
select(int n, fd_set *__restrict r, fd_set *__restrict w, fd_set *__restrict e,
    struct timeval *__restrict tv)
{
	struct l_timeval l;
	long ret;

	if (n < 0 || n > FD_SETSIZE)
		return (int)__linux_fail(EINVAL);
	if (tv != NULL)
		__linux_tv(tv, &l);
	ret = __linux_ret(__lsys6(LNR_select, n, (long)r, (long)w, (long)e,
	    (long)(tv != NULL ? &l : NULL), 0));
	if (tv != NULL)
		__linux_tv_back(&l, tv);
	return (int)ret;
}
