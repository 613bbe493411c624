/*
 * vfwscanf: wide formatted input from a stream, read as wide characters
 * (the engine is lib/libc/stdio/vfscanf_impl.c).
 */
#include <errno.h>
#include <stdarg.h>
#include <wchar.h>

#include "stdio_impl.h"

int
vfwscanf(FILE *__restrict f, const wchar_t *__restrict wfmt, va_list ap)
{
	if (f == NULL) {
		errno = EBADF;
		return EOF;
	}
	if (f->orient == 0)
		f->orient = 1;
	return __vfwscanf(f, NULL, wfmt, ap);
}
