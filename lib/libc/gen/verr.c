/*
 * verr: verrc with errno.
 */
#include <err.h>
#include <errno.h>
#include <stdarg.h>

void
verr(int eval, const char *fmt, va_list ap)
{
	verrc(eval, errno, fmt, ap);
}
