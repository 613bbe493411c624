/*
 * timegm.c: timegm(): the inverse of gmtime(): UTC broken-down time (any
 * field out of range) to time_t, normalising *tm.  -1 with EOVERFLOW if
 * the normalised year does not fit in tm_year.
 */
#include <errno.h>

#include "time_impl.h"

time_t
timegm(struct tm *tm)
{
	struct tm r;
	time_t t;

	if (tm == NULL) {
		errno = EFAULT;
		return (time_t)-1;
	}
	t = __tm_to_secs(tm);
	if (gmtime_r(&t, &r) == NULL)
		return (time_t)-1;
	*tm = r;
	return t;
}
