/*
 * errx: warnx, then exit with status eval.
 */
#include <err.h>
#include <stdarg.h>

void
errx(int eval, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	verrx(eval, fmt, ap);
	va_end(ap);
}
