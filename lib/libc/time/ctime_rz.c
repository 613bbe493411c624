/*
 * ctime_rz.c: ctime_rz() (NetBSD): ctime_r() in zone z.
 */
#include "time_impl.h"

char *
ctime_rz(timezone_t __restrict z, const time_t *t, char *buf)
{
	struct tm tm;

	if (__localsub(z, t, &tm) == NULL)
		return NULL;
	return asctime_r(&tm, buf);
}
