/*
 * vwarn: vwarnc with errno.
 */
#include <err.h>
#include <errno.h>
#include <stdarg.h>

void
vwarn(const char *fmt, va_list ap)
{
	vwarnc(errno, fmt, ap);
}
