/*
 * fparseln.c: fparseln(3): the next logical line of a stream.
 *
 * Physical lines are read with getline.  In each, an unescaped comment
 * character ends the line; otherwise an unescaped continuation character
 * as its last character joins the next line (the character and the
 * newline go).  Escapes stay in the result unless a FPARSELN_UNESC* flag
 * removes the escape before that kind of character.  At end of file with
 * nothing read, or on an error, the result is NULL.
 */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct lnbuf {
	char *s;
	size_t len, cap;
};

static int
append(struct lnbuf *b, const char *p, size_t n)
{
	char *ns;
	size_t cap;

	if (b->len + n + 1 > b->cap) {
		cap = (b->len + n + 1) * 2;
		if ((ns = realloc(b->s, cap)) == NULL)
			return -1;
		b->s = ns;
		b->cap = cap;
	}
	memcpy(b->s + b->len, p, n);
	b->len += n;
	b->s[b->len] = '\0';
	return 0;
}

/*
 * Cut the physical line p[0..*n) at an unescaped comment.  Returns 1 if
 * it ends with an unescaped continuation character (then removed).
 */
static int
scan_line(char *p, size_t *n, const char *d)
{
	size_t i;

	for (i = 0; i < *n; i++) {
		if (d[0] != '\0' && p[i] == d[0]) {
			if (i + 1 < *n) {
				i++; /* the next character is escaped */
				continue;
			}
			/* A lone escape at the end continues the line only
			 * if it is also the continuation character. */
			break;
		}
		if (d[2] != '\0' && p[i] == d[2]) {
			*n = i;
			return 0;
		}
		if (d[1] != '\0' && p[i] == d[1] && i + 1 == *n)
			break;
	}
	if (i < *n && d[1] != '\0' && p[i] == d[1]) {
		(*n)--;
		return 1;
	}
	return 0;
}

/* Whether the escape before c goes, per flags. */
static int
drop_escape(char c, const char *d, int flags)
{
	if (c == d[0])
		return (flags & FPARSELN_UNESCESC) != 0;
	if (d[1] != '\0' && c == d[1])
		return (flags & FPARSELN_UNESCCONT) != 0;
	if (d[2] != '\0' && c == d[2])
		return (flags & FPARSELN_UNESCCOMM) != 0;
	return (flags & FPARSELN_UNESCREST) != 0;
}

/* Remove the escapes the flags ask for, in place. */
static size_t
unescape(char *s, size_t n, const char *d, int flags)
{
	size_t i, o;

	for (i = o = 0; i < n; i++) {
		if (d[0] != '\0' && s[i] == d[0] && i + 1 < n) {
			if (!drop_escape(s[i + 1], d, flags))
				s[o++] = s[i];
			s[o++] = s[++i];
			continue;
		}
		s[o++] = s[i];
	}
	s[o] = '\0';
	return o;
}

char *
fparseln(FILE *fp, size_t *lenp, size_t *lineno, const char delim[3], int flags)
{
	static const char defdelim[3] = { '\\', '\\', '#' };
	const char *d = delim != NULL ? delim : defdelim;
	struct lnbuf b = { NULL, 0, 0 };
	char *line = NULL;
	size_t cap = 0, n;
	ssize_t got;
	int more = 1, nread = 0;

	if (fp == NULL) {
		errno = EINVAL;
		return NULL;
	}
	while (more && (got = getline(&line, &cap, fp)) > 0) {
		nread++;
		if (lineno != NULL)
			(*lineno)++;
		n = (size_t)got;
		if (line[n - 1] == '\n')
			n--;
		more = scan_line(line, &n, d);
		if (append(&b, line, n) < 0)
			goto fail;
	}
	free(line);
	if (ferror(fp) || (nread == 0 && feof(fp)))
		goto fail_nofree;
	if (b.s == NULL && append(&b, "", 0) < 0)
		return NULL;
	if ((flags & FPARSELN_UNESCALL) != 0)
		b.len = unescape(b.s, b.len, d, flags);
	if (lenp != NULL)
		*lenp = b.len;
	return b.s;
fail:
	free(line);
fail_nofree:
	free(b.s);
	return NULL;
}
