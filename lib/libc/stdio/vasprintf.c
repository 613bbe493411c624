/*
 * vasprintf: format into a malloc'd string stored in *sp (NULL and -1 on
 * failure: ENOMEM, EOVERFLOW, or a format error).
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "printf_impl.h"

struct actx {
	char *s;
	size_t len, cap;
};

static void
put_grow(struct __fmtout *o, const char *p, size_t n)
{
	struct actx *c = o->ctx;
	size_t cap = c->cap;
	char *ns;

	if (c->len + n + 1 > cap) {
		while (c->len + n + 1 > cap)
			cap = cap * 2 + n;
		if ((ns = realloc(c->s, cap)) == NULL) {
			o->err = ENOMEM;
			return;
		}
		c->s = ns;
		c->cap = cap;
	}
	memcpy(c->s + c->len, p, n);
	c->len += n;
}

int
vasprintf(char **__restrict sp, const char *__restrict fmt, va_list ap)
{
	struct actx c = { NULL, 0, 0 };
	struct __fmtout o = { .put = put_grow, .ctx = &c };
	int r;

	if (sp == NULL) {
		errno = EINVAL;
		return -1;
	}
	*sp = NULL;
	if ((c.s = malloc(c.cap = 128)) == NULL)
		return -1;
	r = __vfmt(&o, fmt, ap);
	if (r < 0) {
		free(c.s);
		return -1;
	}
	c.s[c.len] = '\0';
	*sp = c.s;
	return r;
}
