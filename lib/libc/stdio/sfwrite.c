/*
 * sfwrite.c: writing into a stream's buffer.  Entry points (private):
 * __swprep (switch a stream to writing, dropping unread input), __sfwrite
 * (n bytes; returns how many were accepted) and __sputc.
 *
 * Full buffering writes when the buffer fills; line buffering also after
 * a newline; unbuffered streams write through at once.  The first stream
 * to write installs __cleanup (__sexit) so exit() flushes every stream.
 */
#include <errno.h>
#include <string.h>

#include "stdio_impl.h"

int
__swprep(FILE *f)
{
	if (f->flags & F_WRITING)
		return 0;
	if (!(f->flags & F_WR)) {
		f->flags |= F_ERR;
		errno = EBADF;
		return EOF;
	}
	if (f->flags & F_READING)
		(void)__sdiscard(f);
	if (__smakebuf(f) != 0)
		return EOF;
	if (f->orient == 0)
		f->orient = -1;
	f->flags |= F_WRITING;
	f->wpos = f->buf;
	f->wend = f->buf + f->bufsize;
	__cleanup = __sexit;
	return 0;
}

static size_t
write_through(FILE *f, const unsigned char *s, size_t n)
{
	size_t done = 0;
	ssize_t w;

	while (done < n) {
		w = f->io_write != NULL ? f->io_write(f, s + done, n - done)
					: -1;
		if (w <= 0) {
			f->flags |= F_ERR;
			break;
		}
		done += (size_t)w;
	}
	return done;
}

/* Buffer (or write through) n bytes, flushing when the buffer fills. */
static size_t
put_bytes(FILE *f, const unsigned char *s, size_t n)
{
	if (n > (size_t)(f->wend - f->wpos) || f->mode == _IONBF) {
		if (__sflush(f) != 0)
			return 0;
		if (n >= f->bufsize || f->mode == _IONBF)
			return write_through(f, s, n);
	}
	memcpy(f->wpos, s, n);
	f->wpos += n;
	return n;
}

/*
 * A line-buffered stream writes everything up to the last newline and
 * keeps the rest buffered.
 */
size_t
__sfwrite(FILE *f, const void *p, size_t n)
{
	const unsigned char *s = p;
	size_t line = 0, done, i;

	if (__swprep(f) != 0)
		return 0;
	if (f->mode == _IOLBF) {
		for (i = n; i > 0 && line == 0; i--) {
			if (s[i - 1] == '\n')
				line = i;
		}
	}
	if (line == 0)
		return put_bytes(f, s, n);
	done = put_bytes(f, s, line);
	if (done != line || __sflush(f) != 0)
		return done == line ? 0 : done;
	return line + put_bytes(f, s + line, n - line);
}

int
__sputc(int c, FILE *f)
{
	unsigned char ch = (unsigned char)c;

	if ((f->flags & F_WRITING) && f->wpos < f->wend && f->mode != _IONBF &&
	    (f->mode == _IOFBF || ch != '\n')) {
		*f->wpos++ = ch;
		return ch;
	}
	return __sfwrite(f, &ch, 1) == 1 ? ch : EOF;
}
