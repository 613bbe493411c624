/*
 * getrusage.c: getrusage(2) on the host port (RUSAGE_SELF 0 and
 * RUSAGE_CHILDREN -1 agree).
 */

#include <errno.h>
#include <sys/resource.h>

#include "linux.h"

void __linux_rusage_back(const void *, struct rusage *);

int
getrusage(int who, struct rusage *ru)
{
	long l[18];

	if (who != RUSAGE_SELF && who != RUSAGE_CHILDREN)
		return (int)__linux_fail(EINVAL);
	if (__linux_ret(__lsys2(LNR_getrusage, who, l)) < 0)
		return -1;
	__linux_rusage_back(l, ru);
	return 0;
}
