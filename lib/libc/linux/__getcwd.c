/*
 * __getcwd.c: the working directory into b (size bytes) on the host port,
 * for getcwd(3) in lib/libc/gen; 0, or -1 with errno.
 */

#include <unistd.h>

#include "libc_private.h"
#include "linux.h"

int
__getcwd(char *b, size_t size)
{
	return __linux_ret(__lsys2(LNR_getcwd, b, size)) < 0 ? -1 : 0;
}
