/*
 * mktime_z.c: mktime_z() (NetBSD): mktime() in zone z.
 */
#include "time_impl.h"

time_t
mktime_z(timezone_t __restrict z, struct tm *__restrict tm)
{
	return __mktime_z(z, tm);
}
