/*
 * fscanf_l.c: fscanf_l(3): fscanf(3) in locale loc, through vfscanf_l.
 */

#include <locale.h>
#include <stdarg.h>
#include <stdio.h>

int
fscanf_l(FILE *__restrict fp, locale_t loc, const char *__restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfscanf_l(fp, loc, fmt, ap);
	va_end(ap);
	return r;
}
