/*
 * snprintf_l.c: snprintf_l(3): snprintf(3) in locale loc, through vsnprintf_l.
 */

#include <locale.h>
#include <stdarg.h>
#include <stdio.h>

int
snprintf_l(
    char *__restrict s, size_t n, locale_t loc, const char *__restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsnprintf_l(s, n, loc, fmt, ap);
	va_end(ap);
	return r;
}
