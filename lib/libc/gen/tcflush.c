/*
 * tcflush.c: tcflush(3): discard a terminal's pending input
 * (TCIFLUSH), output (TCOFLUSH) or both (TCIOFLUSH).
 */

#include <errno.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <termios.h>

int
tcflush(int fd, int which)
{
	int com;

	switch (which) {
	case TCIFLUSH:
		com = FREAD;
		break;
	case TCOFLUSH:
		com = FWRITE;
		break;
	case TCIOFLUSH:
		com = FREAD | FWRITE;
		break;
	default:
		errno = EINVAL;
		return -1;
	}
	return ioctl(fd, TIOCFLUSH, &com);
}
