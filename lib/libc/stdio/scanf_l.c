/*
 * scanf_l.c: scanf_l(3): scanf(3) in locale loc, through vscanf_l.
 */

#include <locale.h>
#include <stdarg.h>
#include <stdio.h>

int
scanf_l(locale_t loc, const char *__restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vscanf_l(loc, fmt, ap);
	va_end(ap);
	return r;
}
