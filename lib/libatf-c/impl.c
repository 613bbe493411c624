/*
 * impl.c: private helpers of libatf-c: printf-style formatting into
 * freshly allocated strings (out of memory is fatal: a test program
 * cannot report anything sensible without memory) and fatal errors.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atf_impl.h"

void
atf_impl_fatal(const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fprintf(stderr, "atf-c: ERROR: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n");
	abort();
}

char *
atf_impl_vformat(const char *fmt, va_list ap)
{
	va_list aq;
	char *buf;
	int len;

	va_copy(aq, ap);
	len = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (len < 0)
		atf_impl_fatal("invalid format string '%s'", fmt);
	if ((buf = malloc((size_t)len + 1)) == NULL)
		atf_impl_fatal("out of memory");
	vsnprintf(buf, (size_t)len + 1, fmt, ap);
	return buf;
}

char *
atf_impl_format(const char *fmt, ...)
{
	va_list ap;
	char *buf;

	va_start(ap, fmt);
	buf = atf_impl_vformat(fmt, ap);
	va_end(ap);
	return buf;
}

char *
atf_impl_strdup(const char *s)
{
	return atf_impl_format("%s", s);
}
