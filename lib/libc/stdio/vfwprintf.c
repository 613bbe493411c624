/*
 * vfwprintf: wide formatted output to a stream; returns the number of
 * wide characters written.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "stdio_impl.h"

int
vfwprintf(FILE *__restrict f, const wchar_t *__restrict wfmt, va_list ap)
{
	char *fmt, *out;
	const char *p;
	mbstate_t st;
	size_t n;
	int r;

	if ((fmt = __wfmt_to_mb(wfmt)) == NULL)
		return -1;
	r = vasprintf(&out, fmt, ap);
	free(fmt);
	if (r < 0)
		return -1;
	if (f->orient == 0)
		f->orient = 1;
	p = out;
	memset(&st, 0, sizeof(st));
	n = mbsrtowcs(NULL, &p, 0, &st);
	if (__sfwrite(f, out, (size_t)r) != (size_t)r)
		n = (size_t)-1;
	free(out);
	return n == (size_t)-1 ? -1 : (int)n;
}
