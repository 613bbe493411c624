/*
 * getrusage.c: getrusage(2) through PM_GETRUSAGE; PM fills the caller's
 * struct rusage.
 */

#include <errno.h>
#include <sys/resource.h>

#include "sys_private.h"

int __pm_rlimit(int, int, int, uint64_t, uint64_t, uint64_t, int, message *);

int
getrusage(int who, struct rusage *ru)
{
	message m;
	uint64_t addr;

	if (who != RUSAGE_SELF && who != RUSAGE_CHILDREN) {
		errno = EINVAL;
		return -1;
	}
	addr = (uint64_t)(uintptr_t)ru;
	if (__pm_rlimit(PM_GETRUSAGE, who, 0, 0, 0, addr, 0, &m) < 0)
		return -1;
	return 0;
}
