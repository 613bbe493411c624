/*
 * fstat.c: fstat(2) on the host port: Linux's struct stat becomes NetBSD's.
 */

#include <sys/stat.h>

#include "linux.h"

int
fstat(int fd, struct stat *st)
{
	struct l_stat l;

	if (__linux_ret(__lsys2(LNR_fstat, fd, &l)) < 0)
		return -1;
	__linux_stat_back(&l, st);
	return 0;
}
