/*
 * open_wmemstream: a wide write stream into a growing malloc'd array of
 * wchar_t.  Wide output reaches the stream as multibyte bytes (fputwc,
 * fwprintf); the hook decodes them back with mbrtowc, so *bufp holds the
 * wide characters written, NUL-terminated, and *sizep their number.
 * The stream cannot seek (ESPIPE).  EINVAL for NULL arguments.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "stdio_impl.h"

struct wms {
	wchar_t **bufp;
	size_t *sizep;
	wchar_t *buf;
	size_t cap, len;
	mbstate_t st;
};

static int
wreserve(struct wms *m, size_t need)
{
	size_t cap = m->cap;
	wchar_t *nb;

	while (cap <= need) {
		if (cap > ((size_t)-1) / (4 * sizeof(wchar_t))) {
			errno = EOVERFLOW;
			return -1;
		}
		cap *= 2;
	}
	if (cap == m->cap)
		return 0;
	if ((nb = realloc(m->buf, cap * sizeof(wchar_t))) == NULL)
		return -1;
	m->buf = nb;
	m->cap = cap;
	return 0;
}

static ssize_t
wms_write(FILE *f, const void *in, size_t n)
{
	struct wms *m = f->cookie;
	const char *p = in;
	size_t i, r;
	wchar_t wc;

	for (i = 0; i < n; i++) {
		r = mbrtowc(&wc, p + i, 1, &m->st);
		if (r == (size_t)-1)
			return -1;
		if (r == (size_t)-2)
			continue;
		if (wreserve(m, m->len + 1) != 0)
			return -1;
		m->buf[m->len++] = wc;
		m->buf[m->len] = 0;
	}
	*m->bufp = m->buf;
	*m->sizep = m->len;
	return (ssize_t)n;
}

static int
wms_close(FILE *f)
{
	struct wms *m = f->cookie;

	*m->bufp = m->buf;
	*m->sizep = m->len;
	free(m);
	return 0;
}

FILE *
open_wmemstream(wchar_t **bufp, size_t *sizep)
{
	struct wms *m;
	FILE *f;

	if (bufp == NULL || sizep == NULL) {
		errno = EINVAL;
		return NULL;
	}
	if ((m = calloc(1, sizeof(*m))) == NULL)
		return NULL;
	if ((m->buf = calloc(m->cap = 32, sizeof(wchar_t))) == NULL ||
	    (f = __sfp()) == NULL) {
		free(m->buf);
		free(m);
		return NULL;
	}
	m->bufp = bufp;
	m->sizep = sizep;
	*bufp = m->buf;
	*sizep = 0;
	f->flags |= F_WR;
	f->orient = 1;
	f->cookie = m;
	f->io_write = wms_write;
	f->io_close = wms_close;
	return f;
}
