/*
 * cfgetispeed.c: cfgetispeed(3): the input speed of a termios.
 */

#include <termios.h>

speed_t
cfgetispeed(const struct termios *t)
{
	return (speed_t)t->c_ispeed;
}
