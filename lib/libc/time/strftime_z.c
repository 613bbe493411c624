/*
 * strftime_z.c: strftime_z() (NetBSD): strftime() with %s computed in
 * zone z.
 */
#include "time_impl.h"

size_t
strftime_z(timezone_t z, char *__restrict buf, size_t size,
    const char *__restrict fmt, const struct tm *__restrict tm)
{
	return __strftime_z(z, buf, size, fmt, tm);
}
