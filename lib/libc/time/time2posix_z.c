/*
 * time2posix_z.c: time2posix_z() (NetBSD): the identity, as time2posix()
 * (time_t never counts leap seconds here).
 */
#include "time_impl.h"

time_t
time2posix_z(timezone_t z, time_t t)
{
	(void)z;
	return t;
}
