/*
 * catalog.c: gencat(1)'s catalogue in memory (see gencat.h) and its
 * binary file form, NetBSD's, described in <nl_types.h>: big-endian
 * headers, sets and messages sorted by number, NUL-terminated texts.
 */

#define _NLS_PRIVATE
#include <sys/stat.h>
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <nl_types.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gencat.h"

static void *
xrealloc(void *p, size_t n, size_t size)
{
	if ((p = reallocarray(p, n, size)) == NULL)
		err(1, "out of memory");
	return p;
}

struct set *
cat_set(struct catalog *c, int no)
{
	size_t i;

	for (i = 0; i < c->nsets && c->sets[i].no < no; i++)
		;
	if (i < c->nsets && c->sets[i].no == no)
		return &c->sets[i];
	c->sets = xrealloc(c->sets, c->nsets + 1, sizeof(*c->sets));
	memmove(
	    &c->sets[i + 1], &c->sets[i], (c->nsets - i) * sizeof(*c->sets));
	c->nsets++;
	c->sets[i].no = no;
	c->sets[i].msgs = NULL;
	c->sets[i].nmsgs = 0;
	return &c->sets[i];
}

void
cat_put(struct set *s, int no, char *text)
{
	size_t i;

	for (i = 0; i < s->nmsgs && s->msgs[i].no < no; i++)
		;
	if (i < s->nmsgs && s->msgs[i].no == no) {
		free(s->msgs[i].text);
		s->msgs[i].text = text;
		return;
	}
	s->msgs = xrealloc(s->msgs, s->nmsgs + 1, sizeof(*s->msgs));
	memmove(
	    &s->msgs[i + 1], &s->msgs[i], (s->nmsgs - i) * sizeof(*s->msgs));
	s->nmsgs++;
	s->msgs[i].no = no;
	s->msgs[i].text = text;
}

void
cat_delmsg(struct set *s, int no)
{
	size_t i;

	for (i = 0; i < s->nmsgs; i++) {
		if (s->msgs[i].no != no)
			continue;
		free(s->msgs[i].text);
		memmove(&s->msgs[i], &s->msgs[i + 1],
		    (s->nmsgs - i - 1) * sizeof(*s->msgs));
		s->nmsgs--;
		return;
	}
}

void
cat_delset(struct catalog *c, int no)
{
	size_t i;

	for (i = 0; i < c->nsets; i++) {
		if (c->sets[i].no != no)
			continue;
		while (c->sets[i].nmsgs > 0)
			cat_delmsg(&c->sets[i], c->sets[i].msgs[0].no);
		free(c->sets[i].msgs);
		memmove(&c->sets[i], &c->sets[i + 1],
		    (c->nsets - i - 1) * sizeof(*c->sets));
		c->nsets--;
		return;
	}
}

static void
put32(unsigned char *p, uint32_t v)
{
	p[0] = v >> 24;
	p[1] = v >> 16;
	p[2] = v >> 8;
	p[3] = v;
}

static int32_t
get32(const unsigned char *p)
{
	return (int32_t)((uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	    (uint32_t)p[2] << 8 | p[3]);
}

int
cat_write(const struct catalog *c, int fd)
{
	size_t nmsgs = 0, tlen = 0, i, j, hoff, toff, size, m, t, len;
	unsigned char *b, *p;
	ssize_t n;

	for (i = 0; i < c->nsets; i++)
		for (j = 0; j < c->sets[i].nmsgs; j++, nmsgs++)
			tlen += strlen(c->sets[i].msgs[j].text) + 1;
	hoff = c->nsets * sizeof(struct _nls_set_hdr);
	toff = hoff + nmsgs * sizeof(struct _nls_msg_hdr);
	size = sizeof(struct _nls_cat_hdr) + toff + tlen;
	if (size > INT32_MAX) {
		errno = EFBIG;
		return -1;
	}
	b = calloc(1, size);
	if (b == NULL)
		return -1;
	put32(b, _NLS_MAGIC);
	put32(b + 4, (uint32_t)c->nsets);
	put32(b + 8, (uint32_t)(toff + tlen));
	put32(b + 12, (uint32_t)hoff);
	put32(b + 16, (uint32_t)toff);
	p = b + sizeof(struct _nls_cat_hdr);
	for (i = m = t = 0; i < c->nsets; i++) {
		put32(p + i * 12, (uint32_t)c->sets[i].no);
		put32(p + i * 12 + 4, (uint32_t)c->sets[i].nmsgs);
		put32(p + i * 12 + 8, (uint32_t)m);
		for (j = 0; j < c->sets[i].nmsgs; j++, m++) {
			len = strlen(c->sets[i].msgs[j].text) + 1;
			put32(
			    p + hoff + m * 12, (uint32_t)c->sets[i].msgs[j].no);
			put32(p + hoff + m * 12 + 4, (uint32_t)len);
			put32(p + hoff + m * 12 + 8, (uint32_t)t);
			memcpy(p + toff + t, c->sets[i].msgs[j].text, len);
			t += len;
		}
	}
	for (i = 0; i < size; i += (size_t)n)
		if ((n = write(fd, b + i, size - i)) <= 0) {
			free(b);
			return -1;
		}
	free(b);
	return 0;
}

/* The parts of a catalogue file being read, sizes checked. */
struct image {
	const unsigned char *body; /* after the 20-byte header */
	int32_t mem;		   /* bytes of body */
	int32_t hoff;		   /* message headers, from body */
	int32_t nmsgs;		   /* how many */
	int32_t toff;		   /* texts, from body */
};

/*
 * Add the messages of set header sh to c, checking that the set and its
 * messages are numbered within the limits, their headers inside the
 * table and their NUL-terminated texts inside the file.
 */
static int
read_set(struct catalog *c, const struct image *im, const unsigned char *sh)
{
	int32_t no = get32(sh), cnt = get32(sh + 4), idx = get32(sh + 8);
	int32_t i, len, off, msgno;
	const unsigned char *mh;
	struct set *s;
	char *text;

	if (no < 1 || no > NL_SETMAX || cnt < 0 || idx < 0 ||
	    idx > im->nmsgs - cnt)
		return -1;
	s = cat_set(c, no);
	for (i = 0; i < cnt; i++) {
		mh = im->body + im->hoff + (size_t)(idx + i) * 12;
		msgno = get32(mh);
		len = get32(mh + 4);
		off = get32(mh + 8);
		if (msgno < 1 || msgno > NL_MSGMAX || len < 1 || off < 0 ||
		    off > im->mem - im->toff - len ||
		    im->body[im->toff + off + len - 1] != '\0')
			return -1;
		if ((text = strdup((const char *)im->body + im->toff + off)) ==
		    NULL)
			err(1, "out of memory");
		cat_put(s, msgno, text);
	}
	return 0;
}

/* Check the header of the size bytes at b and add every set to c. */
static int
read_image(struct catalog *c, const unsigned char *b, off_t size)
{
	struct image im;
	int32_t nsets, i;

	if (size < 20 || size > INT32_MAX || (uint32_t)get32(b) != _NLS_MAGIC)
		return -1;
	nsets = get32(b + 4);
	im.body = b + 20;
	im.mem = get32(b + 8);
	im.hoff = get32(b + 12);
	im.toff = get32(b + 16);
	if (im.mem != size - 20 || nsets < 0 || nsets > im.mem / 12 ||
	    im.hoff != nsets * 12 || im.toff < im.hoff || im.toff > im.mem ||
	    (im.toff - im.hoff) % 12 != 0)
		return -1;
	im.nmsgs = (im.toff - im.hoff) / 12;
	for (i = 0; i < nsets; i++)
		if (read_set(c, &im, im.body + (size_t)i * 12) < 0)
			return -1;
	return 0;
}

int
cat_read(struct catalog *c, const char *path)
{
	unsigned char *b = NULL;
	struct stat st;
	int fd, r = -1;

	if ((fd = open(path, O_RDONLY)) < 0)
		return -1;
	if (fstat(fd, &st) == 0 && st.st_size >= 20 && st.st_size < INT32_MAX &&
	    (b = malloc((size_t)st.st_size)) != NULL &&
	    read(fd, b, (size_t)st.st_size) == st.st_size)
		r = read_image(c, b, st.st_size);
	free(b);
	close(fd);
	return r;
}
