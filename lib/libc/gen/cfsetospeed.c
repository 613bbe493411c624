/*
 * cfsetospeed.c: cfsetospeed(3): set the output speed of a termios;
 * EINVAL for a value that is not a B* rate.
 */

#include <errno.h>
#include <termios.h>

int __cfvalid(speed_t);

int
cfsetospeed(struct termios *t, speed_t speed)
{
	if (!__cfvalid(speed)) {
		errno = EINVAL;
		return -1;
	}
	t->c_ospeed = (int)speed;
	return 0;
}
