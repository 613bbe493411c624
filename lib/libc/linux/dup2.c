/*
 * dup2.c: dup2(2) on the host port: duplicate a descriptor onto another.
 */

#include <unistd.h>

#include "linux.h"

int
dup2(int from, int to)
{
	return (int)__linux_ret(__lsys2(LNR_dup2, from, to));
}
