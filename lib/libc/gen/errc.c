/*
 * errc: warnc, then exit with status eval.
 */
#include <err.h>
#include <stdarg.h>

void
errc(int eval, int code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	verrc(eval, code, fmt, ap);
	va_end(ap);
}
