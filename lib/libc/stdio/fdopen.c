/*
 * fdopen: a stream over an open descriptor.  EBADF for a bad descriptor,
 * EINVAL for a bad mode or one the descriptor's access mode does not
 * allow.
 */
#include <errno.h>
#include <fcntl.h>

#include "stdio_impl.h"

FILE *
fdopen(int fd, const char *mode)
{
	FILE *f;
	int fl, of, cur;

	if ((fl = __sflags(mode, &of)) == 0)
		return NULL;
	if ((cur = fcntl(fd, F_GETFL)) < 0)
		return NULL;
	if (((fl & F_RD) && (cur & O_ACCMODE) == O_WRONLY) ||
	    ((fl & F_WR) && (cur & O_ACCMODE) == O_RDONLY)) {
		errno = EINVAL;
		return NULL;
	}
	if ((f = __sfp()) == NULL)
		return NULL;
	__sfd_attach(f, fd, fl);
	if ((fl & F_APP) && !(cur & O_APPEND))
		(void)fcntl(fd, F_SETFL, cur | O_APPEND);
	return f;
}
