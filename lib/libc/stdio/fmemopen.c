/*
 * fmemopen: a stream over a caller's memory buffer of size bytes (or a
 * private zeroed one when buf is NULL).  "r" reads all size bytes, "w"
 * truncates, "a" appends after the first NUL.  Writes never pass the
 * end of the buffer (a write that does not fit fails and sets the error
 * indicator); the contents stay NUL-terminated while there is room.
 * Seeks are relative to the current contents and must stay within
 * [0, size].  EINVAL for size 0 or a bad mode.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "stdio_impl.h"

struct mem {
	char *buf;
	size_t size, len, pos;
	int append, owned;
};

static ssize_t
mem_read(FILE *f, void *out, size_t n)
{
	struct mem *m = f->cookie;
	size_t k = m->pos < m->len ? m->len - m->pos : 0;

	if (k > n)
		k = n;
	memcpy(out, m->buf + m->pos, k);
	m->pos += k;
	return (ssize_t)k;
}

static ssize_t
mem_write(FILE *f, const void *in, size_t n)
{
	struct mem *m = f->cookie;
	size_t k;

	if (m->append)
		m->pos = m->len;
	k = m->size - m->pos;
	if (k == 0) {
		errno = ENOSPC;
		return -1;
	}
	if (k > n)
		k = n;
	memcpy(m->buf + m->pos, in, k);
	m->pos += k;
	if (m->pos > m->len)
		m->len = m->pos;
	if (m->len < m->size)
		m->buf[m->len] = '\0';
	return (ssize_t)k;
}

static off_t
mem_seek(FILE *f, off_t off, int whence)
{
	struct mem *m = f->cookie;
	off_t base = whence == SEEK_SET
	    ? 0
	    : (off_t)(whence == SEEK_CUR ? m->pos : m->len);

	if (off < -base || off > (off_t)m->size - base) {
		errno = EINVAL;
		return -1;
	}
	m->pos = (size_t)(base + off);
	return (off_t)m->pos;
}

static int
mem_close(FILE *f)
{
	struct mem *m = f->cookie;

	if (m->owned)
		free(m->buf);
	free(m);
	return 0;
}

static void
mem_init(struct mem *m, int fl, const char *mode)
{
	if (*mode == 'r')
		m->len = m->size;
	else if (*mode == 'w') {
		m->len = 0;
		m->buf[0] = '\0';
	} else {
		m->len = strnlen(m->buf, m->size);
		m->pos = m->len;
	}
	m->append = (fl & F_APP) != 0;
}

FILE *
fmemopen(void *__restrict buf, size_t size, const char *__restrict mode)
{
	struct mem *m;
	FILE *f;
	int fl, of;

	if ((fl = __sflags(mode, &of)) == 0)
		return NULL;
	if (size == 0) {
		errno = EINVAL;
		return NULL;
	}
	if ((m = calloc(1, sizeof(*m))) == NULL)
		return NULL;
	m->buf = buf;
	m->size = size;
	if (buf == NULL && (m->buf = calloc(1, size)) == NULL) {
		free(m);
		return NULL;
	}
	m->owned = buf == NULL;
	mem_init(m, fl, mode);
	if ((f = __sfp()) == NULL) {
		mem_close(&(FILE){ .cookie = m });
		return NULL;
	}
	f->flags |= fl;
	f->cookie = m;
	f->io_read = mem_read;
	f->io_write = mem_write;
	f->io_seek = mem_seek;
	f->io_close = mem_close;
	return f;
}
