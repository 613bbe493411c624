/*
 * catalog.c: gencat(1)'s catalogue in memory (see gencat.h) and its
 * binary file form, NetBSD's, described in <nl_types.h>: big-endian
 * headers, sets and messages sorted by number, NUL-terminated texts.
 */

#define _NLS_PRIVATE
#include <err.h>
#include <errno.h>
#include <limits.h>
#include <nl_types.h>
#include <stdio.h>
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
get32(const void *v)
{
	const unsigned char *p = v;

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

/*
 * Add every set and message of the catalogue image b to c.  catopen(3)
 * has checked its headers, offsets, lengths and NULs, and that numbers
 * ascend from 1; the format also bounds them by NL_SETMAX and NL_MSGMAX,
 * which catopen leaves to catgets's callers: they are checked here.
 */
static int
read_image(struct catalog *c, const unsigned char *b)
{
	const struct _nls_cat_hdr *h = (const void *)b;
	const unsigned char *body = b + sizeof(*h);
	const struct _nls_set_hdr *sh = (const void *)body;
	const struct _nls_msg_hdr *mh;
	const char *texts = (const char *)body + get32(&h->__msg_txt_offset);
	int32_t nsets = get32(&h->__nsets), i, j, cnt, no;
	struct set *s;
	char *text;

	for (i = 0; i < nsets; i++, sh++) {
		if ((no = get32(&sh->__setno)) > NL_SETMAX)
			return -1;
		s = cat_set(c, no);
		cnt = get32(&sh->__nmsgs);
		mh = (const void *)(body + get32(&h->__msg_hdr_offset));
		mh += get32(&sh->__index);
		for (j = 0; j < cnt; j++, mh++) {
			if ((no = get32(&mh->__msgno)) > NL_MSGMAX)
				return -1;
			text = strdup(texts + get32(&mh->__offset));
			if (text == NULL)
				err(1, "out of memory");
			cat_put(s, no, text);
		}
	}
	return 0;
}

/* Read the catalogue at path into c, through catopen(3)'s checks. */
int
cat_read(struct catalog *c, const char *path)
{
	char *rel = NULL;
	nl_catd cat;
	int r;

	/* catopen searches NLSPATH for a name without a '/'. */
	if (strchr(path, '/') == NULL) {
		if (asprintf(&rel, "./%s", path) < 0)
			err(1, "out of memory");
		path = rel;
	}
	cat = catopen(path, NL_CAT_LOCALE);
	free(rel);
	if (cat == (nl_catd)-1)
		return -1;
	r = read_image(c, cat->__data);
	catclose(cat);
	return r;
}
