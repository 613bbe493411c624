/*
 * asctime.c: asctime(): asctime_r() into static storage.
 */
#include <time.h>

char *
asctime(const struct tm *tm)
{
	static char buf[32];

	return asctime_r(tm, buf);
}
