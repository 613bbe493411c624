/*
 * lockf.c: lockf(3): record locks from the current offset for size bytes
 * (0: to the end) through fcntl: F_LOCK waits, F_TLOCK does not, F_ULOCK
 * unlocks, F_TEST fails EAGAIN if another process holds a lock.
 */

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

int
lockf(int fd, int cmd, off_t size)
{
	struct flock fl;

	fl.l_start = 0;
	fl.l_len = size;
	fl.l_whence = SEEK_CUR;
	fl.l_pid = 0;
	switch (cmd) {
	case F_ULOCK:
		fl.l_type = F_UNLCK;
		return fcntl(fd, F_SETLK, &fl);
	case F_LOCK:
		fl.l_type = F_WRLCK;
		return fcntl(fd, F_SETLKW, &fl);
	case F_TLOCK:
		fl.l_type = F_WRLCK;
		return fcntl(fd, F_SETLK, &fl);
	case F_TEST:
		fl.l_type = F_WRLCK;
		if (fcntl(fd, F_GETLK, &fl) < 0)
			return -1;
		if (fl.l_type == F_UNLCK || fl.l_pid == getpid())
			return 0;
		errno = EAGAIN;
		return -1;
	default:
		errno = EINVAL;
		return -1;
	}
}
