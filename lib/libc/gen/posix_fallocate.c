/*
 * posix_fallocate.c: posix_fallocate(2): make sure a file has room for
 * offset + len bytes.  Neither layer has an allocation call, so this
 * extends the file with ftruncate when it is shorter (the blocks may
 * stay sparse).  Errors are returned, not put in errno: EINVAL for a
 * negative offset or a length <= 0, EFBIG if the sum overflows, EBADF
 * for a bad or read-only descriptor, ESPIPE for a pipe, ENODEV for
 * anything else that is not a regular file.
 */

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <sys/stat.h>
#include <unistd.h>

static int
fallocate_check(int fd, off_t offset, off_t len, struct stat *st)
{
	int fl;

	if (offset < 0 || len <= 0)
		return EINVAL;
	if (offset > INT64_MAX - len)
		return EFBIG;
	if (fstat(fd, st) < 0)
		return errno;
	if (S_ISFIFO(st->st_mode))
		return ESPIPE;
	if (!S_ISREG(st->st_mode))
		return ENODEV;
	if ((fl = fcntl(fd, F_GETFL)) < 0)
		return errno;
	if ((fl & O_ACCMODE) == O_RDONLY)
		return EBADF;
	return 0;
}

int
posix_fallocate(int fd, off_t offset, off_t len)
{
	struct stat st;
	int saved = errno;
	int error;

	error = fallocate_check(fd, offset, len, &st);
	if (error == 0 && st.st_size < offset + len &&
	    ftruncate(fd, offset + len) < 0)
		error = errno;
	errno = saved;
	return error;
}
