/*
 * open.c: open(2): VFS_OPEN relative to the working directory; the mode is
 * read only with O_CREAT.
 */

#include <fcntl.h>
#include <stdarg.h>

#include "sys_private.h"

int
open(const char *path, int flags, ...)
{
	va_list ap;
	mode_t mode = 0;

	if (flags & O_CREAT) {
		va_start(ap, flags);
		mode = (mode_t)va_arg(ap, int);
		va_end(ap);
	}
	return __vfs_path(VFS_OPEN, AT_FDCWD, path, flags, mode, 0, 0);
}
