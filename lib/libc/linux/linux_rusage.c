/*
 * linux_rusage.c: Linux's struct rusage (two kernel timevals and fourteen
 * longs) into NetBSD's.
 */

#include <sys/resource.h>

#include "linux.h"

struct l_rusage {
	struct l_timeval utime, stime;
	long rest[14];
};

void __linux_rusage_back(const void *, struct rusage *);

void
__linux_rusage_back(const void *p, struct rusage *ru)
{
	const struct l_rusage *l = p;
	long *dst = &ru->ru_maxrss;
	int i;

	__linux_tv_back(&l->utime, &ru->ru_utime);
	__linux_tv_back(&l->stime, &ru->ru_stime);
	for (i = 0; i < 14; i++)
		dst[i] = l->rest[i];
}
