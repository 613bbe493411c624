/*
 * tcdrain.c: tcdrain(3): wait until a terminal's output is written.
 */

#include <sys/ioctl.h>
#include <termios.h>

int
tcdrain(int fd)
{
	return ioctl(fd, TIOCDRAIN, 0);
}
