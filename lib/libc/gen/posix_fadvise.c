/*
 * posix_fadvise.c: posix_fadvise(2): advice about the use of file data.
 * Advisory only: the descriptor is checked with fstat (EBADF), pipes
 * and FIFOs give ESPIPE, unknown advice or a negative length EINVAL.
 * Returns the error number instead of setting errno.
 */

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

int
posix_fadvise(int fd, off_t offset, off_t len, int advice)
{
	struct stat st;
	int saved = errno;
	int error;

	(void)offset;
	if (fstat(fd, &st) < 0) {
		error = errno;
		errno = saved;
		return error;
	}
	if (S_ISFIFO(st.st_mode))
		return ESPIPE;
	if (advice < POSIX_FADV_NORMAL || advice > POSIX_FADV_NOREUSE ||
	    len < 0)
		return EINVAL;
	return 0;
}
