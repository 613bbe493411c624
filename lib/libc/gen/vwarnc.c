/*
 * vwarnc: print "prog: ", the formatted message (if fmt is not NULL)
 * and ": ", then the message for code, and a newline, to stderr.
 * The whole line is formatted first and written in one call.
 */
#include <err.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void
vwarnc(int code, const char *fmt, va_list ap)
{
	char line[1024];
	size_t n;
	int r;

	r = snprintf(line, sizeof(line), "%s: ", getprogname());
	n = r < 0 ? 0 : (size_t)r;
	if (fmt != NULL && n < sizeof(line)) {
		r = vsnprintf(line + n, sizeof(line) - n, fmt, ap);
		n += r < 0 ? 0 : (size_t)r;
		if (n < sizeof(line))
			(void)strlcat(line, ": ", sizeof(line));
		n = strlen(line);
	}
	if (n < sizeof(line))
		(void)snprintf(
		    line + n, sizeof(line) - n, "%s", strerror(code));
	(void)fprintf(stderr, "%s\n", line);
}
