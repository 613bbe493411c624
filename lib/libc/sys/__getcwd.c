/*
 * __getcwd.c: the working directory into b (size bytes) by VFS_GETCWD,
 * for getcwd(3) in lib/libc/gen; 0, or -1 with errno.
 */

#include <unistd.h>

#include "libc_private.h"
#include "sys_private.h"

int
__getcwd(char *b, size_t size)
{
	return __vfs_fd(VFS_GETCWD, -1, 0, (uint64_t)(uintptr_t)b, size, 0, 0) <
		0
	    ? -1
	    : 0;
}
