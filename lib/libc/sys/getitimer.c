/*
 * getitimer.c: getitimer(2) through PM_ITIMER without setting.
 */

#include <sys/time.h>

#include "sys_private.h"

int __pm_itimer(int, int, const struct itimerval *, struct itimerval *);

int
getitimer(int which, struct itimerval *it)
{
	return __pm_itimer(which, 0, NULL, it);
}
