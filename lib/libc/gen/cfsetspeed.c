/*
 * cfsetspeed.c: cfsetspeed(3): set both speeds of a termios.
 */

#include <errno.h>
#include <termios.h>

int __cfvalid(speed_t);

int
cfsetspeed(struct termios *t, speed_t speed)
{
	if (!__cfvalid(speed)) {
		errno = EINVAL;
		return -1;
	}
	t->c_ispeed = t->c_ospeed = (int)speed;
	return 0;
}
