/*
 * setitimer.c: setitimer(2) through PM_ITIMER.
 */

#include <errno.h>
#include <sys/time.h>

#include "sys_private.h"

int __pm_itimer(int, int, const struct itimerval *, struct itimerval *);

int
setitimer(int which, const struct itimerval *__restrict it,
    struct itimerval *__restrict old)
{
	if (it == NULL) {
		errno = EFAULT;
		return -1;
	}
	return __pm_itimer(which, 1, it, old);
}
