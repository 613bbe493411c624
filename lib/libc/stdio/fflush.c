/*
 * fflush: write a stream's pending output (NULL: every stream).  On an
 * input stream, drop unread input and move the file offset to the
 * stream's position.  EOF with errno set on failure.
 */
#include <errno.h>

#include "stdio_impl.h"

int
fflush(FILE *f)
{
	FILE *p;
	int r = 0;

	if (f == NULL) {
		for (p = __sfhead; p != NULL; p = p->next) {
			if ((p->flags & F_WRITING) && __sflush(p) != 0)
				r = EOF;
		}
		return r;
	}
	if (!(f->flags & F_USED)) {
		errno = EBADF;
		return EOF;
	}
	if (f->flags & F_WRITING)
		return __sflush(f);
	if (f->flags & F_READING)
		return __sdiscard(f);
	return 0;
}
