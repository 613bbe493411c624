/*
 * cfgetospeed.c: cfgetospeed(3): the output speed of a termios.
 */

#include <termios.h>

speed_t
cfgetospeed(const struct termios *t)
{
	return (speed_t)t->c_ospeed;
}
