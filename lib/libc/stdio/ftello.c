/*
 * ftello: the stream's position: the underlying offset corrected by
 * buffered input (including pushback) or pending output.  ESPIPE on
 * streams that cannot seek.
 */
#include <errno.h>

#include "stdio_impl.h"

off_t
ftello(FILE *f)
{
	off_t pos;

	if (f == NULL) {
		errno = EBADF;
		return -1;
	}
	if (f->io_seek == NULL) {
		errno = ESPIPE;
		return -1;
	}
	if ((f->flags & (F_WRITING | F_APP)) == (F_WRITING | F_APP) &&
	    __sflush(f) != 0)
		return -1;
	if ((pos = f->io_seek(f, 0, SEEK_CUR)) < 0)
		return -1;
	if (f->flags & F_READING)
		pos -= f->rend - f->rpos;
	else if (f->flags & F_WRITING)
		pos += f->wpos - f->buf;
	if (pos < 0) {
		errno = EINVAL;
		return -1;
	}
	return pos;
}
