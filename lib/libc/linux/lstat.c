/*
 * lstat.c: lstat(2) on the host port: Linux's struct stat becomes NetBSD's.
 */

#include <sys/stat.h>

#include "linux.h"

int
lstat(const char *path, struct stat *st)
{
	struct l_stat l;

	if (__linux_ret(__lsys2(LNR_lstat, path, &l)) < 0)
		return -1;
	__linux_stat_back(&l, st);
	return 0;
}
