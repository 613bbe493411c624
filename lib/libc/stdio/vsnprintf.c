/*
 * vsnprintf: format into s, storing at most n - 1 bytes and a NUL (n > 0).
 * Returns the length the whole output would have; -1 with EOVERFLOW if
 * it exceeds INT_MAX, EINVAL for a NULL buffer with n > 0.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "printf_impl.h"

struct sctx {
	char *s;
	size_t room; /* bytes left, excluding the NUL */
};

static void
put_str(struct __fmtout *o, const char *p, size_t n)
{
	struct sctx *c = o->ctx;
	size_t k = n < c->room ? n : c->room;

	memcpy(c->s, p, k);
	c->s += k;
	c->room -= k;
}

int
vsnprintf(char *__restrict s, size_t n, const char *__restrict fmt, va_list ap)
{
	char dummy;
	struct sctx c = { n > 0 ? s : &dummy, n > 0 ? n - 1 : 0 };
	struct __fmtout o = { .put = put_str, .ctx = &c };
	int r;

	if (s == NULL && n > 0) {
		errno = EINVAL;
		return -1;
	}
	r = __vfmt(&o, fmt, ap);
	if (n > 0)
		*c.s = '\0';
	return r;
}
