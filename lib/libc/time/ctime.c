/*
 * ctime.c: ctime(): ctime_r() into static storage.
 */
#include <time.h>

char *
ctime(const time_t *t)
{
	static char buf[32];

	return ctime_r(t, buf);
}
