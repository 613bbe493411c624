/*
 * err: warn, then exit with status eval.
 */
#include <err.h>
#include <stdarg.h>

void
err(int eval, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	verr(eval, fmt, ap);
	va_end(ap);
}
