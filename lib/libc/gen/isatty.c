/*
 * isatty.c: isatty(3): 1 if the descriptor is a terminal; otherwise 0
 * with errno set (ENOTTY, or EBADF for a closed descriptor).
 */

#include <termios.h>
#include <unistd.h>

int
isatty(int fd)
{
	struct termios t;

	return tcgetattr(fd, &t) == 0;
}
