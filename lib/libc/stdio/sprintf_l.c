/*
 * sprintf_l.c: sprintf_l(3): sprintf(3) in locale loc, through vsprintf_l.
 */

#include <locale.h>
#include <stdarg.h>
#include <stdio.h>

int
sprintf_l(char *__restrict s, locale_t loc, const char *__restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsprintf_l(s, loc, fmt, ap);
	va_end(ap);
	return r;
}
