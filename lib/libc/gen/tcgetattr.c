/*
 * tcgetattr.c: tcgetattr(3): a terminal's settings (TIOCGETA).
 */

#include <sys/ioctl.h>
#include <termios.h>

int
tcgetattr(int fd, struct termios *t)
{
	return ioctl(fd, TIOCGETA, t);
}
