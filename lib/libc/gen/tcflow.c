/*
 * tcflow.c: tcflow(3): suspend or restart output (TCOOFF, TCOON), or
 * send the STOP or START character to the other end (TCIOFF, TCION).
 */

#include <errno.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

static int
sendchar(int fd, int idx)
{
	struct termios t;
	cc_t c;

	if (tcgetattr(fd, &t) < 0)
		return -1;
	c = t.c_cc[idx];
	if (c != _POSIX_VDISABLE && write(fd, &c, 1) < 0)
		return -1;
	return 0;
}

int
tcflow(int fd, int action)
{
	switch (action) {
	case TCOOFF:
		return ioctl(fd, TIOCSTOP, 0);
	case TCOON:
		return ioctl(fd, TIOCSTART, 0);
	case TCIOFF:
		return sendchar(fd, VSTOP);
	case TCION:
		return sendchar(fd, VSTART);
	default:
		errno = EINVAL;
		return -1;
	}
}
