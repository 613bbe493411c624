/*
 * vswprintf: wide formatted output into a wide string of n characters
 * (including the terminator).  Unlike vsnprintf it fails, returning -1
 * with errno EOVERFLOW, when the output does not fit; what fits is
 * stored and terminated.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "printf_impl.h"
#include "stdio_impl.h"

struct wctx {
	wchar_t *ws;
	size_t room; /* characters left, not counting NUL */
	size_t k;
	int over;
	mbstate_t st;
};

static void
put_wide(struct __fmtout *o, const char *s, size_t n)
{
	struct wctx *c = o->ctx;
	wchar_t wc;
	size_t i, r;

	for (i = 0; i < n; i++) {
		r = mbrtowc(&wc, s + i, 1, &c->st);
		if (r == (size_t)-2)
			continue;
		if (r == (size_t)-1) {
			o->err = EILSEQ;
			return;
		}
		if (c->k < c->room)
			c->ws[c->k++] = wc;
		else
			c->over = 1;
	}
}

int
vswprintf(wchar_t *__restrict ws, size_t n, const wchar_t *__restrict wfmt,
    va_list ap)
{
	struct __fmtout o;
	struct wctx c;
	char *fmt;
	int r;

	if ((fmt = __wfmt_to_mb(wfmt)) == NULL)
		return -1;
	memset(&c, 0, sizeof(c));
	c.ws = ws;
	c.room = n > 0 ? n - 1 : 0;
	memset(&o, 0, sizeof(o));
	o.put = put_wide;
	o.ctx = &c;
	o.wide = 1;
	r = __vfmt(&o, fmt, ap);
	free(fmt);
	if (n > 0)
		ws[c.k] = 0;
	if (r >= 0 && (c.over || n == 0)) {
		errno = EOVERFLOW;
		return -1;
	}
	return r;
}
