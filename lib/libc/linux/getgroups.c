/*
 * getgroups.c: getgroups(2) on the host port: the supplementary groups.
 */

#include <unistd.h>

#include "linux.h"

int
getgroups(int n, gid_t *list)
{
	return (int)__linux_ret(__lsys2(LNR_getgroups, n, list));
}
