/*
 * fpurge: discard a stream's buffered input and output.
 */
#include "stdio_impl.h"

int
fpurge(FILE *f)
{
	f->rpos = f->rend = NULL;
	if (f->flags & F_WRITING)
		f->wpos = f->buf;
	f->flags &= ~F_READING;
	return 0;
}
