/*
 * tz_lookup.c: the local time type in effect at an instant: its offset
 * east of UTC, whether it is daylight time, and its abbreviation, from the
 * TZif transitions when a zone file is loaded (its footer rule after the
 * last transition) or from the POSIX rule.
 * Entry point: __tz_lookup(), for localtime and mktime.
 */
#include "time_impl.h"

/* The type index in effect at t, or -1 if the footer rule applies. */
static int
filetype(const struct __tzfile *z, int64_t t)
{
	int lo = 0, hi = z->timecnt - 1;

	if (z->timecnt == 0)
		return z->hasrule ? -1 : 0;
	if (t < z->times[0])
		return 0;
	if (t >= z->times[hi] && z->hasrule)
		return -1;
	while (lo < hi) { /* the last transition at or before t */
		int mid = (lo + hi + 1) / 2;

		if (z->times[mid] <= t)
			lo = mid;
		else
			hi = mid - 1;
	}
	return z->idx[lo];
}

void
__tz_lookup(
    const struct __state *z, int64_t t, long *off, int *isdst, char **zone)
{
	const struct __tzfile *f = &z->file;
	int type = f->loaded ? filetype(f, t) : -1;

	if (type >= 0) {
		*off = f->types[type].utoff;
		*isdst = f->types[type].isdst;
		*zone = (char *)(uintptr_t)(f->chars + f->types[type].abbr);
		return;
	}
	*isdst = __tz_isdst(z, t);
	*off = *isdst ? z->rule.dstoff : z->rule.stdoff;
	*zone = (char *)(uintptr_t)(*isdst ? z->rule.dstname : z->rule.stdname);
}
