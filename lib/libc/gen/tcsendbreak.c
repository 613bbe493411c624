/*
 * tcsendbreak.c: tcsendbreak(3): send a break (zero bits) for about 0.4
 * seconds; the duration argument is ignored, as NetBSD does.
 */

#include <sys/ioctl.h>
#include <termios.h>
#include <time.h>

int
tcsendbreak(int fd, int duration)
{
	struct timespec ts = { 0, 400000000L };

	(void)duration;
	if (ioctl(fd, TIOCSBRK, 0) < 0)
		return -1;
	(void)nanosleep(&ts, NULL);
	return ioctl(fd, TIOCCBRK, 0);
}
