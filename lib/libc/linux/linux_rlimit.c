/*
 * linux_rlimit.c: resource-limit numbers and RLIM_INFINITY translation.
 */

#include <sys/resource.h>

#include "linux.h"

int __linux_rlimit(int);

/* Index: NetBSD RLIMIT_*; value: Linux's, or -1. */
static const signed char rl[] = {
	[RLIMIT_CPU] = 0,
	[RLIMIT_FSIZE] = 1,
	[RLIMIT_DATA] = 2,
	[RLIMIT_STACK] = 3,
	[RLIMIT_CORE] = 4,
	[RLIMIT_RSS] = 5,
	[RLIMIT_MEMLOCK] = 8,
	[RLIMIT_NPROC] = 6,
	[RLIMIT_NOFILE] = 7,
	[RLIMIT_SBSIZE] = -1,
	[RLIMIT_AS] = 9,
	[RLIMIT_NTHR] = 6,
};

int
__linux_rlimit(int r)
{
	if (r < 0 || r >= (int)(sizeof(rl) / sizeof(rl[0])))
		return -1;
	return rl[r];
}
