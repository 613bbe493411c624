/*
 * ungetc: push a byte back onto an input stream.  At least UNGET
 * pushbacks in a row succeed; a pushback clears the end-of-file
 * indicator and moves the file position back by one.
 */
#include <errno.h>
#include "stdio_impl.h"

int
ungetc(int c, FILE *f)
{
	if (f == NULL) {
		errno = EBADF;
		return EOF;
	}
	if (c == EOF || !(f->flags & F_RD))
		return EOF;
	if (f->flags & F_WRITING) {
		if (__sflush(f) != 0)
			return EOF;
		f->flags &= ~F_WRITING;
		f->wpos = f->wend = NULL;
	}
	if (!(f->flags & F_READING)) {
		if (__smakebuf(f) != 0)
			return EOF;
		f->flags |= F_READING;
		f->rpos = f->rend = f->buf;
	}
	if (f->rpos <= f->base)
		return EOF;
	/* Backing up over the same byte needs no store (sscanf strings). */
	if (f->rpos[-1] != (unsigned char)c)
		f->rpos[-1] = (unsigned char)c;
	f->rpos--;
	f->flags &= ~F_EOF;
	return (unsigned char)c;
}
