/*
 * fsync_range.c: fsync_range(2): flush part of a file.  The range is
 * checked, then the whole file is flushed (data only with FDATASYNC);
 * flags must include FDATASYNC or FFILESYNC.
 */

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

int
fsync_range(int fd, int how, off_t start, off_t length)
{
	if ((how & (FDATASYNC | FFILESYNC)) == 0 ||
	    (how & ~(FDATASYNC | FFILESYNC | FDISKSYNC)) != 0 || start < 0 ||
	    length < 0) {
		errno = EINVAL;
		return -1;
	}
	return (how & FFILESYNC) ? fsync(fd) : fdatasync(fd);
}
