/*
 * syslog.c: syslog(): vsyslog() with variable arguments.
 */
#include <stdarg.h>
#include <syslog.h>

void
syslog(int pri, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsyslog(pri, fmt, ap);
	va_end(ap);
}
