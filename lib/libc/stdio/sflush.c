/*
 * sflush.c: emptying a stream's buffer.  Entry points (private):
 * __sflush (write pending output; on failure set the error indicator
 * and return EOF), __sdiscard (drop unread input, moving the underlying
 * offset back to the logical position when the stream can seek; on a
 * pipe or terminal the input is simply dropped), __sflushall (every
 * writing stream, or only line-buffered ones) and __sexit (the exit-time
 * cleanup).
 */
#include <errno.h>

#include "stdio_impl.h"

int
__sflush(FILE *f)
{
	unsigned char *p;
	ssize_t n;

	if (!(f->flags & F_WRITING))
		return 0;
	for (p = f->buf; p < f->wpos; p += n) {
		n = f->io_write != NULL
		    ? f->io_write(f, p, (size_t)(f->wpos - p))
		    : -1;
		if (n <= 0) {
			f->flags |= F_ERR;
			f->wpos = f->buf;
			return EOF;
		}
	}
	f->wpos = f->buf;
	return 0;
}

int
__sdiscard(FILE *f)
{
	int r = 0;

	if ((f->flags & F_READING) && f->rpos < f->rend && f->io_seek != NULL &&
	    f->io_seek(f, -(off_t)(f->rend - f->rpos), SEEK_CUR) < 0 &&
	    errno != ESPIPE)
		r = EOF; /* a pipe or terminal just loses the input */
	f->rpos = f->rend = NULL;
	f->flags &= ~F_READING;
	return r;
}

void
__sflushall(int lbf_only)
{
	FILE *f;

	for (f = __sfhead; f != NULL; f = f->next) {
		if ((f->flags & F_WRITING) && (!lbf_only || f->mode == _IOLBF))
			(void)__sflush(f);
	}
}

/*
 * Installed as __cleanup by the first stream that reads or writes: exit()
 * flushes all output and, as POSIX asks of exit and fclose, gives unread
 * input back to seekable descriptors, so a process that read one line of
 * a shared file leaves the offset just after that line.
 */
void
__sexit(void)
{
	FILE *f;

	for (f = __sfhead; f != NULL; f = f->next) {
		if (f->flags & F_WRITING)
			(void)__sflush(f);
		else if (f->flags & F_READING)
			(void)__sdiscard(f);
	}
}
