/*
 * warn: "prog: message: strerror(errno)" on stderr.
 */
#include <err.h>
#include <stdarg.h>

void
warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(fmt, ap);
	va_end(ap);
}
