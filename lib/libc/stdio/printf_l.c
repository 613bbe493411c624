/*
 * printf_l.c: printf_l(3): printf(3) in locale loc, through vprintf_l.
 */

#include <locale.h>
#include <stdarg.h>
#include <stdio.h>

int
printf_l(locale_t loc, const char *__restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vprintf_l(loc, fmt, ap);
	va_end(ap);
	return r;
}
