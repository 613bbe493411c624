/*
 * setvbuf: choose a stream's buffering (_IOFBF, _IOLBF, _IONBF) and
 * optionally its buffer.  EINVAL for a bad mode.  A caller's buffer
 * smaller than 4 * UNGET is not used (stdio allocates one instead).
 */
#include <errno.h>
#include <stdlib.h>

#include "stdio_impl.h"

int
setvbuf(FILE *__restrict f, char *__restrict buf, int mode, size_t size)
{
	if (f == NULL) {
		errno = EBADF;
		return EOF;
	}
	if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF) {
		errno = EINVAL;
		return EOF;
	}
	(void)__sflush(f);
	(void)__sdiscard(f);
	if (f->flags & F_MYBUF)
		free(f->base);
	f->flags &= ~(F_MYBUF | F_READING | F_WRITING);
	f->base = f->buf = f->rpos = f->rend = f->wpos = f->wend = NULL;
	f->bufsize = mode == _IONBF ? 0 : size;
	f->mode = mode;
	f->flags |= F_MODESET;
	if (mode != _IONBF && buf != NULL && size >= 4 * UNGET) {
		f->base = (unsigned char *)buf;
		f->buf = f->base + UNGET;
		f->bufsize = size - UNGET;
	}
	return 0;
}
