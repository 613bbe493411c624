/*
 * truncate.c: truncate(2) on the host port: set a file's length by name.
 */

#include <unistd.h>

#include "linux.h"

int
truncate(const char *path, off_t len)
{
	return (int)__linux_ret(__lsys2(LNR_truncate, path, len));
}
