/*
 * gmtime.c: gmtime(): UTC broken-down time in static storage.
 */
#include <time.h>

struct tm *
gmtime(const time_t *t)
{
	static struct tm tm;

	return gmtime_r(t, &tm);
}
