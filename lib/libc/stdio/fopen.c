/*
 * fopen: open a file as a stream; EINVAL for a bad mode, the errno
 * of open(2) otherwise.
 */
#include <fcntl.h>
#include <unistd.h>

#include "stdio_impl.h"

FILE *
fopen(const char *__restrict path, const char *__restrict mode)
{
	FILE *f;
	int fl, of, fd;

	if ((fl = __sflags(mode, &of)) == 0)
		return NULL;
	if ((fd = open(path, of, 0666)) < 0)
		return NULL;
	if ((f = __sfp()) == NULL) {
		(void)close(fd);
		return NULL;
	}
	__sfd_attach(f, fd, fl);
	return f;
}
