/*
 * warnc: "prog: message: strerror(code)" on stderr.
 */
#include <err.h>
#include <stdarg.h>

void
warnc(int code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarnc(code, fmt, ap);
	va_end(ap);
}
