/*
 * vfwscanf: wide formatted input from a stream (the stream holds
 * multibyte text; the format is converted and the byte engine used).
 */
#include <stdarg.h>
#include <stdlib.h>
#include <wchar.h>

#include "stdio_impl.h"

int
vfwscanf(FILE *__restrict f, const wchar_t *__restrict wfmt, va_list ap)
{
	char *fmt;
	int r;

	if ((fmt = __wfmt_to_mb(wfmt)) == NULL)
		return EOF;
	if (f->orient == 0)
		f->orient = 1;
	r = __vfscanf(f, fmt, ap);
	free(fmt);
	return r;
}
