/*
 * cfmakeraw.c: cfmakeraw(3): settings for raw mode: no input or output
 * processing, no echo, no signals, 8-bit characters, reads return after
 * one byte.
 */

#include <termios.h>

void
cfmakeraw(struct termios *t)
{
	t->c_iflag &= ~(IMAXBEL | IXOFF | INPCK | BRKINT | PARMRK | ISTRIP |
	    INLCR | IGNCR | ICRNL | IXON | IGNPAR);
	t->c_iflag |= IGNBRK;
	t->c_oflag &= ~OPOST;
	t->c_lflag &= ~(ECHO | ECHOE | ECHOK | ECHONL | ICANON | ISIG | IEXTEN |
	    NOFLSH | TOSTOP | PENDIN);
	t->c_cflag &= ~(CSIZE | PARENB);
	t->c_cflag |= CS8 | CREAD;
	t->c_cc[VMIN] = 1;
	t->c_cc[VTIME] = 0;
}
