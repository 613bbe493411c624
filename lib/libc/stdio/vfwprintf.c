/*
 * vfwprintf: wide formatted output to a stream.  The format is converted
 * to multibyte and run through the printf engine in wide mode (widths
 * and string precisions in characters); the stream receives the
 * multibyte text.  Returns the number of wide characters written.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "printf_impl.h"
#include "stdio_impl.h"

static void
put_stream(struct __fmtout *o, const char *s, size_t n)
{
	if (__sfwrite(o->ctx, s, n) != n)
		o->err = errno != 0 ? errno : EIO;
}

int
vfwprintf(FILE *__restrict f, const wchar_t *__restrict wfmt, va_list ap)
{
	struct __fmtout o;
	char *fmt;
	int r;

	if (f == NULL) {
		errno = EBADF;
		return -1;
	}
	if ((fmt = __wfmt_to_mb(wfmt)) == NULL)
		return -1;
	if (f->orient == 0)
		f->orient = 1;
	memset(&o, 0, sizeof(o));
	o.put = put_stream;
	o.ctx = f;
	o.wide = 1;
	r = __vfmt(&o, fmt, ap);
	free(fmt);
	return r;
}
