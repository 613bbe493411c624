/*
 * vdprintf: format to a file descriptor through a local buffer.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "printf_impl.h"

struct dctx {
	int fd;
	size_t n;
	char buf[512];
};

static void
drain(struct __fmtout *o, struct dctx *c)
{
	size_t off = 0;
	ssize_t w;

	while (off < c->n) {
		if ((w = write(c->fd, c->buf + off, c->n - off)) <= 0) {
			o->err = w < 0 ? errno : EIO;
			break;
		}
		off += (size_t)w;
	}
	c->n = 0;
}

static void
put_fd(struct __fmtout *o, const char *s, size_t n)
{
	struct dctx *c = o->ctx;
	size_t k;

	while (n > 0 && o->err == 0) {
		k = sizeof(c->buf) - c->n < n ? sizeof(c->buf) - c->n : n;
		memcpy(c->buf + c->n, s, k);
		c->n += k;
		s += k;
		n -= k;
		if (c->n == sizeof(c->buf))
			drain(o, c);
	}
}

int
vdprintf(int fd, const char *__restrict fmt, va_list ap)
{
	struct dctx c;
	struct __fmtout o = { .put = put_fd, .ctx = &c };
	int r;

	c.fd = fd;
	c.n = 0;
	r = __vfmt(&o, fmt, ap);
	if (c.n > 0 && o.err == 0)
		drain(&o, &c);
	if (r >= 0 && o.err != 0) {
		errno = o.err;
		return -1;
	}
	return r;
}
