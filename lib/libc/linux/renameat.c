/*
 * renameat.c: renameat(2) on the host port: rename relative to directories.
 */

#include <stdio.h>

#include "linux.h"

int
renameat(int fromfd, const char *from, int tofd, const char *to)
{
	return (int)__linux_ret(__lsys4(LNR_renameat, fromfd, from, tofd, to));
}
