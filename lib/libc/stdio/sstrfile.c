/*
 * sstrfile.c: a read-only stream over a string, on the caller's stack.
 * Entry point (private): __sstrfile.  The string itself is the buffer;
 * scanf only ever pushes back the byte it just read, which ungetc does
 * without storing, so the string is never written.
 */
#include <string.h>

#include "stdio_impl.h"

void
__sstrfile(FILE *f, const char *s, size_t n)
{
	memset(f, 0, sizeof(*f));
	f->flags = F_RD | F_READING | F_USED | F_MODESET;
	f->fd = -1;
	f->mode = _IOFBF;
	f->base = f->buf = f->rpos = (unsigned char *)(uintptr_t)s;
	f->rend = f->rpos + n;
	f->bufsize = n;
}
