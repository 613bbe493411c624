/*
 * nanosleep.c: nanosleep(2) on the host port: high-resolution sleep (struct
 * timespec agrees).
 */

#include <time.h>

#include "linux.h"

int
nanosleep(const struct timespec *req, struct timespec *rem)
{
	return (int)__linux_ret(__lsys2(LNR_nanosleep, req, rem));
}
