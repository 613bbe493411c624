/*
 * vfprintf: the printf engine writing to a stream.  An unbuffered stream
 * gets a temporary buffer for the call, so the output leaves in one
 * write.
 */
#include <errno.h>
#include <string.h>

#include "stdio_impl.h"
#include "printf_impl.h"

struct fctx {
	FILE *f;
	char *buf;
	size_t n, cap;
};

static void
drain(struct fctx *c, struct __fmtout *o)
{
	if (c->n > 0 && __sfwrite(c->f, c->buf, c->n) != c->n)
		o->err = errno != 0 ? errno : EIO;
	c->n = 0;
}

static void
put_file(struct __fmtout *o, const char *s, size_t n)
{
	struct fctx *c = o->ctx;

	if (c->buf == NULL) {
		if (__sfwrite(c->f, s, n) != n)
			o->err = errno != 0 ? errno : EIO;
		return;
	}
	while (n > 0) {
		size_t k = c->cap - c->n < n ? c->cap - c->n : n;

		memcpy(c->buf + c->n, s, k);
		c->n += k;
		s += k;
		n -= k;
		if (c->n == c->cap)
			drain(c, o);
	}
}

int
vfprintf(FILE *__restrict f, const char *__restrict fmt, va_list ap)
{
	char tmp[BUFSIZ];
	struct fctx c = { f, NULL, 0, sizeof(tmp) };
	struct __fmtout o = { .put = put_file, .ctx = &c };
	int r;

	if (f == NULL) {
		errno = EBADF;
		return -1;
	}
	if (__swprep(f) != 0)
		return -1;
	if (f->mode == _IONBF)
		c.buf = tmp;
	r = __vfmt(&o, fmt, ap);
	if (c.buf != NULL)
		drain(&c, &o);
	if (r >= 0 && o.err != 0) {
		errno = o.err;
		return -1;
	}
	return r;
}
