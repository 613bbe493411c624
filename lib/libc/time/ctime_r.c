/*
 * ctime_r.c: ctime_r(): asctime_r(localtime_r(t)).
 */
#include <time.h>

char *
ctime_r(const time_t *t, char *buf)
{
	struct tm tm;

	if (localtime_r(t, &tm) == NULL)
		return NULL;
	return asctime_r(&tm, buf);
}
