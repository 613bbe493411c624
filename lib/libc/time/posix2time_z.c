/*
 * posix2time_z.c: posix2time_z() (NetBSD): the identity, as posix2time().
 */
#include "time_impl.h"

time_t
posix2time_z(timezone_t z, time_t t)
{
	(void)z;
	return t;
}
