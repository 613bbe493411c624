/*
 * refill.c: reading from a stream's buffer.  Entry points (private):
 * __srefill (read the next bufferful; EOF at end of file or on error,
 * setting the indicator; the end-of-file indicator is sticky, as C11
 * requires) and __sgetc (one byte).
 *
 * Before an unbuffered or line-buffered stream reads, pending output on
 * line-buffered streams is flushed, so prompts appear before input is
 * awaited.
 */
#include <errno.h>

#include "stdio_impl.h"

int
__srefill(FILE *f)
{
	ssize_t n;

	if (!(f->flags & F_RD)) {
		f->flags |= F_ERR;
		errno = EBADF;
		return EOF;
	}
	if ((f->flags & F_WRITING) && __sflush(f) != 0)
		return EOF;
	f->flags &= ~F_WRITING;
	f->wpos = f->wend = NULL;
	if (f->orient == 0)
		f->orient = -1;
	if (f->flags & F_EOF)
		return EOF;
	if (__smakebuf(f) != 0)
		return EOF;
	if (f->mode != _IOFBF)
		__sflushall(1);
	f->flags |= F_READING;
	__cleanup = __sexit;
	n = f->io_read != NULL ? f->io_read(f, f->buf, f->bufsize) : 0;
	f->rpos = f->buf;
	f->rend = f->buf + (n > 0 ? n : 0);
	if (n <= 0) {
		f->flags |= n == 0 ? F_EOF : F_ERR;
		return EOF;
	}
	return 0;
}

int
__sgetc(FILE *f)
{
	if (f->rpos < f->rend)
		return *f->rpos++;
	if (__srefill(f) != 0)
		return EOF;
	return *f->rpos++;
}
