/*
 * getentropy.c: getentropy(3): fill buf with len (at most 256) bytes of
 * randomness from /dev/urandom.  EINVAL for more than 256 bytes, EFAULT
 * for a NULL buffer, EIO if the device cannot be read.
 */

#include <errno.h>
#include <fcntl.h>
#include <paths.h>
#include <unistd.h>

#define GETENTROPY_MAX 256

int
getentropy(void *buf, size_t len)
{
	size_t got = 0;
	ssize_t n;
	int fd, e;

	if (len > GETENTROPY_MAX) {
		errno = EINVAL;
		return -1;
	}
	if (buf == NULL && len > 0) {
		errno = EFAULT;
		return -1;
	}
	if ((fd = open(_PATH_URANDOM, O_RDONLY | O_CLOEXEC)) < 0) {
		errno = EIO;
		return -1;
	}
	while (got < len) {
		n = read(fd, (char *)buf + got, len - got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			e = n < 0 ? errno : EIO;
			(void)close(fd);
			errno = e;
			return -1;
		}
		got += (size_t)n;
	}
	(void)close(fd);
	return 0;
}
