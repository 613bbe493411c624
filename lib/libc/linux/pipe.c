/*
 * pipe.c: pipe(2) on the host port.
 */

#include <unistd.h>

#include "linux.h"

int
pipe(int *fds)
{
	int l[2];

	if (__linux_ret(__lsys1(LNR_pipe, l)) < 0)
		return -1;
	fds[0] = l[0];
	fds[1] = l[1];
	return 0;
}
