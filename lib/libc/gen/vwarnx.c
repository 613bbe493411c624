/*
 * vwarnx: print "prog: " and the formatted message (if fmt is not NULL)
 * and a newline to stderr.
 */
#include <err.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

void
vwarnx(const char *fmt, va_list ap)
{
	char line[1024];
	size_t n;
	int r;

	r = snprintf(line, sizeof(line), "%s: ", getprogname());
	n = r < 0 ? 0 : (size_t)r;
	if (fmt != NULL && n < sizeof(line))
		(void)vsnprintf(line + n, sizeof(line) - n, fmt, ap);
	(void)fprintf(stderr, "%s\n", line);
}
