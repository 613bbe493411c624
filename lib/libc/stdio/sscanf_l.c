/*
 * sscanf_l.c: sscanf_l(3): sscanf(3) in locale loc, through vsscanf_l.
 */

#include <locale.h>
#include <stdarg.h>
#include <stdio.h>

int
sscanf_l(
    const char *__restrict s, locale_t loc, const char *__restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsscanf_l(s, loc, fmt, ap);
	va_end(ap);
	return r;
}
