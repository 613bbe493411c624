/*
 * vfscanf_l.c: vfscanf_l(3): vfscanf(3) in locale loc instead of the locale in
 * effect, which is restored before returning.
 */

#include <locale.h>
#include <stdarg.h>
#include <stdio.h>

int
vfscanf_l(
    FILE *__restrict fp, locale_t loc, const char *__restrict fmt, va_list ap)
{
	locale_t old = uselocale(loc);
	int r;

	r = vfscanf(fp, fmt, ap);
	uselocale(old);
	return r;
}
