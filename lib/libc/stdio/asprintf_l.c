/*
 * asprintf_l.c: asprintf_l(3): asprintf(3) in locale loc, through vasprintf_l.
 */

#include <locale.h>
#include <stdarg.h>
#include <stdio.h>

int
asprintf_l(char **sp, locale_t loc, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vasprintf_l(sp, loc, fmt, ap);
	va_end(ap);
	return r;
}
