/*
 * fdio.c: the stream hooks for streams over a file descriptor.
 * Entry points (private): __sfd_read, __sfd_write, __sfd_seek,
 * __sfd_close.
 */
#include <unistd.h>

#include "stdio_impl.h"

ssize_t
__sfd_read(FILE *f, void *buf, size_t n)
{
	return read(f->fd, buf, n);
}

ssize_t
__sfd_write(FILE *f, const void *buf, size_t n)
{
	return write(f->fd, buf, n);
}

off_t
__sfd_seek(FILE *f, off_t off, int whence)
{
	return lseek(f->fd, off, whence);
}

int
__sfd_close(FILE *f)
{
	return close(f->fd);
}
