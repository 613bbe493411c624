/*
 * localtime_rz.c: localtime_rz() (NetBSD): localtime_r() in zone z
 * rather than the zone named by TZ.
 */
#include "time_impl.h"

struct tm *
localtime_rz(timezone_t __restrict z, const time_t *__restrict t,
    struct tm *__restrict tm)
{
	return __localsub(z, t, tm);
}
