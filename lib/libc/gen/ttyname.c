/*
 * ttyname.c: ttyname(3): ttyname_r into a static buffer; NULL with errno
 * set on failure.
 */

#include <errno.h>
#include <limits.h>
#include <unistd.h>

char *
ttyname(int fd)
{
	static char buf[PATH_MAX];
	int r;

	if ((r = ttyname_r(fd, buf, sizeof(buf))) != 0) {
		errno = r;
		return NULL;
	}
	return buf;
}
