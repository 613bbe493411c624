/*
 * pipe.c: pipe(2): pipe2 without flags.
 */

#include <unistd.h>

#include "sys_private.h"

int
pipe(int *fds)
{
	return pipe2(fds, 0);
}
