/*
 * open_memstream: a write stream into a growing malloc'd buffer.  After
 * each flush and at fclose, *bufp is the NUL-terminated buffer and
 * *sizep the smaller of its length and the current position.  Seeking
 * past the end and writing fills the gap with zeros.  EINVAL for NULL
 * arguments.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "stdio_impl.h"

struct ms {
	char **bufp;
	size_t *sizep;
	char *buf;
	size_t cap, len, pos;
};

static void
publish(struct ms *m)
{
	*m->bufp = m->buf;
	*m->sizep = m->pos < m->len ? m->pos : m->len;
}

static int
reserve(struct ms *m, size_t need)
{
	size_t cap = m->cap;
	char *nb;

	if (need < m->cap)
		return 0;
	while (cap <= need) {
		if (cap > ((size_t)-1) / 2) {
			errno = EOVERFLOW;
			return -1;
		}
		cap *= 2;
	}
	if ((nb = realloc(m->buf, cap)) == NULL)
		return -1;
	memset(nb + m->cap, 0, cap - m->cap);
	m->buf = nb;
	m->cap = cap;
	return 0;
}

static ssize_t
ms_write(FILE *f, const void *in, size_t n)
{
	struct ms *m = f->cookie;

	if (m->pos + n < m->pos || reserve(m, m->pos + n) != 0)
		return -1;
	memcpy(m->buf + m->pos, in, n);
	m->pos += n;
	if (m->pos > m->len) {
		m->len = m->pos;
		m->buf[m->len] = '\0';
	}
	publish(m);
	return (ssize_t)n;
}

static off_t
ms_seek(FILE *f, off_t off, int whence)
{
	struct ms *m = f->cookie;
	off_t base = whence == SEEK_SET
	    ? 0
	    : (off_t)(whence == SEEK_CUR ? m->pos : m->len);

	if (off < -base) {
		errno = EINVAL;
		return -1;
	}
	if (reserve(m, (size_t)(base + off)) != 0)
		return -1;
	m->pos = (size_t)(base + off);
	publish(m);
	return (off_t)m->pos;
}

static int
ms_close(FILE *f)
{
	struct ms *m = f->cookie;

	publish(m);
	free(m);
	return 0;
}

FILE *
open_memstream(char **bufp, size_t *sizep)
{
	struct ms *m;
	FILE *f;

	if (bufp == NULL || sizep == NULL) {
		errno = EINVAL;
		return NULL;
	}
	if ((m = calloc(1, sizeof(*m))) == NULL)
		return NULL;
	if ((m->buf = calloc(1, m->cap = 64)) == NULL ||
	    (f = __sfp()) == NULL) {
		free(m->buf);
		free(m);
		return NULL;
	}
	m->bufp = bufp;
	m->sizep = sizep;
	publish(m);
	f->flags |= F_WR;
	f->cookie = m;
	f->io_write = ms_write;
	f->io_seek = ms_seek;
	f->io_close = ms_close;
	return f;
}
