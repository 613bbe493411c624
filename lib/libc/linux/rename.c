/*
 * rename.c: rename(2) on the host port: rename a file.
 */

#include <stdio.h>

#include "linux.h"

int
rename(const char *from, const char *to)
{
	return (int)__linux_ret(__lsys2(LNR_rename, from, to));
}
