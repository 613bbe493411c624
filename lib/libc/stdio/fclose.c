/*
 * fclose: flush and close a stream and free it.  Returns EOF if the flush
 * or the close failed; the stream is gone either way.
 */
#include <errno.h>

#include "stdio_impl.h"

int
fclose(FILE *f)
{
	int r = 0;

	if (f == NULL || !(f->flags & F_USED)) {
		errno = EBADF;
		return EOF;
	}
	if (__sflush(f) != 0)
		r = EOF;
	if (f->io_close != NULL && f->io_close(f) != 0)
		r = EOF;
	__sfree(f);
	return r;
}
