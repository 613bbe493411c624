/*
 * mktime.c: mktime(): local broken-down time (fields may be out of range)
 * to time_t.  *tm is normalised and tm_wday/tm_yday/tm_isdst/tm_gmtoff/
 * tm_zone are set.  tm_isdst > 0 reads the fields as daylight time, 0 as
 * standard time, < 0 lets the rule decide (daylight time in the repeated
 * hour, standard time in the skipped one).
 * Returns -1 with EOVERFLOW if the result's year does not fit in tm_year.
 */
#include <errno.h>

#include "time_impl.h"

time_t
mktime(struct tm *tm)
{
	struct tm r;
	int64_t local, ts, td;
	time_t t;

	if (tm == NULL) {
		errno = EFAULT;
		return (time_t)-1;
	}
	__tzset_unlocked();
	local = __tm_to_secs(tm);
	ts = local - __tz.stdoff;
	td = local - __tz.dstoff;
	if (!__tz.hasdst || tm->tm_isdst == 0)
		t = ts;
	else if (tm->tm_isdst > 0)
		t = td;
	else if (__tz_isdst(td))
		t = td; /* in the repeated hour, the earlier (daylight) one */
	else
		t = ts;
	if (__localsub(&t, &r) == NULL)
		return (time_t)-1;
	*tm = r;
	return t;
}
