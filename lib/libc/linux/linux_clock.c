/*
 * linux_clock.c: clock-id translation (NetBSD's CLOCK_VIRTUAL and
 * CLOCK_PROF have no Linux clock and are rejected).
 */

#include <sys/time.h>

#include "linux.h"

int __linux_clock(clockid_t);

int
__linux_clock(clockid_t id)
{
	switch (id) {
	case CLOCK_REALTIME:
		return 0;
	case CLOCK_MONOTONIC:
		return 1;
	case CLOCK_PROCESS_CPUTIME_ID:
		return 2;
	case CLOCK_THREAD_CPUTIME_ID:
		return 3;
	default:
		return -1;
	}
}
