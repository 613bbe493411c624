/*
 * closefrom.c: closefrom(3): close every descriptor >= fd (F_CLOSEM);
 * a negative fd is EBADF.
 */

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

int
closefrom(int fd)
{
	if (fd < 0) {
		errno = EBADF;
		return -1;
	}
	return fcntl(fd, F_CLOSEM);
}
