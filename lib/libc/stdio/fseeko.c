/*
 * fseeko: reposition a stream.  Pending output is written first, unread
 * input and pushback are dropped, the end-of-file indicator is cleared.
 * EINVAL for a bad whence or a negative result, ESPIPE if the stream
 * cannot seek.
 */
#include <errno.h>

#include "stdio_impl.h"

int
fseeko(FILE *f, off_t off, int whence)
{
	if (f == NULL) {
		errno = EBADF;
		return -1;
	}
	if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END) {
		errno = EINVAL;
		return -1;
	}
	if (f->io_seek == NULL) {
		errno = ESPIPE;
		return -1;
	}
	if ((f->flags & F_WRITING) && __sflush(f) != 0)
		return -1;
	if (whence == SEEK_CUR && (f->flags & F_READING))
		off -= f->rend - f->rpos;
	f->rpos = f->rend = f->wpos = f->wend = NULL;
	f->flags &= ~(F_READING | F_WRITING | F_EOF);
	return f->io_seek(f, off, whence) < 0 ? -1 : 0;
}
