/*
 * setgroups.c: setgroups(2) on the host port: set the supplementary groups.
 */

#include <unistd.h>

#include "linux.h"

int
setgroups(int n, const gid_t *list)
{
	return (int)__linux_ret(__lsys2(LNR_setgroups, n, list));
}
