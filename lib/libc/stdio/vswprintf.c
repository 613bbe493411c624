/*
 * vswprintf: wide formatted output to a wide string of n characters;
 * -1 (EOVERFLOW) if the result and its terminator do not fit.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "stdio_impl.h"

int
vswprintf(wchar_t *__restrict ws, size_t n, const wchar_t *__restrict wfmt,
    va_list ap)
{
	char *fmt, *out;
	const char *p;
	mbstate_t st;
	size_t k;
	int r;

	if ((fmt = __wfmt_to_mb(wfmt)) == NULL)
		return -1;
	r = vasprintf(&out, fmt, ap);
	free(fmt);
	if (r < 0)
		return -1;
	p = out;
	memset(&st, 0, sizeof(st));
	k = mbsrtowcs(n > 0 ? ws : NULL, &p, n, &st);
	free(out);
	if (k == (size_t)-1)
		return -1;
	if (k >= n) {
		if (n > 0)
			ws[n - 1] = 0;
		errno = EOVERFLOW;
		return -1;
	}
	return (int)k;
}
