/*
 * fgetln: the next line (with its newline, if any), in storage owned by
 * the stream until the next call; NULL at end of file or on error.
 */
#include "stdio_impl.h"

char *
fgetln(FILE *__restrict f, size_t *__restrict len)
{
	ssize_t n = getdelim(&f->lnbuf, &f->lnsize, '\n', f);

	if (n < 0) {
		*len = 0;
		return NULL;
	}
	*len = (size_t)n;
	return f->lnbuf;
}
