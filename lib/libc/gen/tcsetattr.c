/*
 * tcsetattr.c: tcsetattr(3): change a terminal's settings now
 * (TCSANOW), after output drains (TCSADRAIN) or after that and flushing
 * input (TCSAFLUSH); TCSASOFT keeps the hardware settings.
 */

#include <errno.h>
#include <sys/ioctl.h>
#include <termios.h>

int
tcsetattr(int fd, int action, const struct termios *t)
{
	struct termios soft;

	if (action & TCSASOFT) {
		soft = *t;
		soft.c_cflag |= CIGNORE;
		t = &soft;
	}
	switch (action & ~TCSASOFT) {
	case TCSANOW:
		return ioctl(fd, TIOCSETA, t);
	case TCSADRAIN:
		return ioctl(fd, TIOCSETAW, t);
	case TCSAFLUSH:
		return ioctl(fd, TIOCSETAF, t);
	default:
		errno = EINVAL;
		return -1;
	}
}
