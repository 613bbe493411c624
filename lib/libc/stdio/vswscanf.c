/*
 * vswscanf: wide formatted input from a wide string.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "stdio_impl.h"

int
vswscanf(
    const wchar_t *__restrict ws, const wchar_t *__restrict wfmt, va_list ap)
{
	char *s;
	FILE f;
	int r;

	if ((s = __wfmt_to_mb(ws)) == NULL)
		return EOF;
	__sstrfile(&f, s, strlen(s));
	r = vfwscanf(&f, wfmt, ap);
	free(s);
	return r;
}
