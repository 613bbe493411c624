/*
 * tcsetpgrp.c: tcsetpgrp(3): set the foreground process group.
 */

#include <errno.h>
#include <sys/ioctl.h>
#include <unistd.h>

int
tcsetpgrp(int fd, pid_t pgrp)
{
	int p = pgrp;

	if (pgrp < 0) {
		errno = EINVAL;
		return -1;
	}
	return ioctl(fd, TIOCSPGRP, &p);
}
