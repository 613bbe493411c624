/*
 * fprintf_l.c: fprintf_l(3): fprintf(3) in locale loc, through vfprintf_l.
 */

#include <locale.h>
#include <stdarg.h>
#include <stdio.h>

int
fprintf_l(FILE *__restrict fp, locale_t loc, const char *__restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfprintf_l(fp, loc, fmt, ap);
	va_end(ap);
	return r;
}
