/*
 * makebuf.c: give a stream its buffer at first use.  Entry point
 * (private): __smakebuf.  Unless setvbuf chose, a stream on a terminal
 * is line buffered and any other fully buffered.  The allocation has
 * UNGET bytes of pushback room below the buffer proper; if memory is
 * short the stream falls back to being unbuffered.
 */
#include <stdlib.h>
#include <unistd.h>

#include "stdio_impl.h"

static void
use_nbuf(FILE *f)
{
	f->mode = _IONBF;
	f->base = f->nbuf;
	f->buf = f->nbuf + UNGET;
	f->bufsize = 1;
}

int
__smakebuf(FILE *f)
{
	size_t size;

	if (f->buf != NULL)
		return 0;
	if (!(f->flags & F_MODESET)) {
		f->mode = (f->fd >= 0 && isatty(f->fd)) ? _IOLBF : _IOFBF;
		f->flags |= F_MODESET;
	}
	if (f->mode == _IONBF) {
		use_nbuf(f);
		return 0;
	}
	size = f->bufsize != 0 ? f->bufsize : BUFSIZ;
	if ((f->base = malloc(size + UNGET)) == NULL) {
		use_nbuf(f);
		return 0;
	}
	f->flags |= F_MYBUF;
	f->buf = f->base + UNGET;
	f->bufsize = size;
	return 0;
}
