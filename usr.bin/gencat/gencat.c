/*
 * gencat: gencat(1), build a message catalogue for catopen(3).
 *
 *	gencat catfile msgfile ...
 *
 * Messages of an existing catfile are kept and the message source files
 * ("-" is standard input) are merged in; catfile "-" is standard output.
 * Source syntax (POSIX): "$set n", "$delset n", "$quote c" (no c: no
 * quoting), "$" and a blank for a comment, "n text" to store message n
 * of the current set (NL_SETD before any $set), "n" alone to delete it.
 * Texts know the escapes \n \t \v \b \r \f \\ \ddd (octal) and \ before
 * the quote character; a \ at the end of a line continues the text on
 * the next line.
 */

#include <ctype.h>
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <nl_types.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gencat.h"

struct src {
	const char *name;
	FILE *f;
	size_t lineno;
	struct set *set; /* current set */
	int quote;	 /* quote character, or -1 */
	struct catalog *cat;
};

static void __dead
usage(void)
{
	fprintf(stderr, "usage: %s catfile msgfile ...\n", getprogname());
	exit(1);
}

static void __dead __printflike(2, 3)
    syntax(const struct src *s, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: %s:%zu: ", getprogname(), s->name, s->lineno);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

/* Whether the n bytes at p end in an unescaped backslash. */
static int
continued(const char *p, size_t n)
{
	size_t k = 0;

	while (k < n && p[n - 1 - k] == '\\')
		k++;
	return k % 2 == 1;
}

/*
 * The next logical line, continuations joined (the backslash and the
 * newline dropped); NULL at end of file.
 */
static char *
next_line(struct src *s)
{
	char *line = NULL, *more = NULL;
	size_t cap = 0, mcap = 0, n;
	ssize_t got;

	if ((got = getline(&line, &cap, s->f)) < 0) {
		free(line);
		return NULL;
	}
	s->lineno++;
	n = (size_t)got;
	if (n > 0 && line[n - 1] == '\n')
		line[--n] = '\0';
	while (continued(line, n) && (got = getline(&more, &mcap, s->f)) >= 0) {
		s->lineno++;
		line[--n] = '\0';
		if ((line = realloc(line, n + (size_t)got + 1)) == NULL)
			err(1, "out of memory");
		memcpy(line + n, more, (size_t)got + 1);
		n += (size_t)got;
		if (n > 0 && line[n - 1] == '\n')
			line[--n] = '\0';
	}
	free(more);
	return line;
}

/* A decimal number in 1..max at *pp, which is moved past it. */
static int
number(const struct src *s, const char **pp, long max, const char *what)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(*pp, &end, 10);
	if (end == *pp || !isdigit((unsigned char)**pp))
		syntax(s, "%s number expected", what);
	if (errno != 0 || v < 1 || v > max)
		syntax(s, "%s number %.*s out of range 1..%ld", what,
		    (int)(end - *pp), *pp, max);
	*pp = end;
	return (int)v;
}

/* One escape after the backslash at *pp; moves *pp past it. */
static int
escape(const char **pp)
{
	static const char from[] = "ntvbrf", to[] = "\n\t\v\b\r\f";
	const char *p = *pp, *e;
	int v = 0, i;

	if (*p == '\0')
		return '\\';
	if ((e = strchr(from, *p)) != NULL) {
		*pp = p + 1;
		return to[e - from];
	}
	if (*p >= '0' && *p <= '7') {
		for (i = 0; i < 3 && *p >= '0' && *p <= '7'; i++)
			v = v * 8 + *p++ - '0';
		*pp = p;
		return v & 0xff;
	}
	*pp = p + 1;
	return (unsigned char)*p; /* \\, the quote, anything else */
}

/* The text of a message: escapes resolved, quotes removed. */
static char *
message_text(const struct src *s, const char *p)
{
	char *out = malloc(strlen(p) + 1), *o = out;
	int quoted = 0, c;

	if (out == NULL)
		err(1, "out of memory");
	if (s->quote >= 0 && *p == s->quote) {
		quoted = 1;
		p++;
	}
	while (*p != '\0' && !(quoted && *p == s->quote)) {
		if (*p == '\\') {
			p++;
			c = escape(&p);
		} else
			c = (unsigned char)*p++;
		if (c == '\0')
			syntax(s, "a message cannot hold a NUL");
		*o++ = (char)c;
	}
	if (quoted && *p != s->quote)
		syntax(s, "unterminated quoted message");
	*o = '\0';
	return out;
}

static void
directive(struct src *s, const char *p)
{
	size_t n = strcspn(p, " \t");

	if (n == 0)
		return; /* "$ comment" or a lone "$" */
	if (n == 3 && strncmp(p, "set", 3) == 0) {
		p += strspn(p + 3, " \t") + 3;
		s->set = cat_set(s->cat, number(s, &p, NL_SETMAX, "set"));
	} else if (n == 6 && strncmp(p, "delset", 6) == 0) {
		p += strspn(p + 6, " \t") + 6;
		cat_delset(s->cat, number(s, &p, NL_SETMAX, "set"));
		s->set = NULL;
	} else if (n == 5 && strncmp(p, "quote", 5) == 0) {
		p += 5;
		p += strspn(p, " \t");
		s->quote = *p == '\0' ? -1 : (unsigned char)*p;
	} else
		warnx("%s:%zu: unknown directive $%.*s ignored", s->name,
		    s->lineno, (int)n, p);
}

static void
message(struct src *s, const char *p)
{
	int no = number(s, &p, NL_MSGMAX, "message");

	if (s->set == NULL)
		s->set = cat_set(s->cat, NL_SETD);
	if (*p == '\0') {
		cat_delmsg(s->set, no);
		return;
	}
	if (*p != ' ' && *p != '\t')
		syntax(s, "a blank must follow the message number");
	cat_put(s->set, no, message_text(s, p + 1));
}

int
parse_msgfile(struct catalog *c, const char *name, void *f)
{
	struct src s = { name, f, 0, NULL, -1, c };
	char *line;

	while ((line = next_line(&s)) != NULL) {
		if (line[0] == '$')
			directive(&s, line + 1);
		else if (isdigit((unsigned char)line[0]))
			message(&s, line);
		else if (line[strspn(line, " \t")] != '\0')
			syntax(&s, "neither a directive nor a message");
		free(line);
	}
	if (ferror(s.f))
		err(1, "%s", name);
	return 0;
}

int
main(int argc, char **argv)
{
	struct catalog cat = { NULL, 0 };
	const char *out;
	FILE *f;
	int i, fd;

	if (argc < 3)
		usage();
	out = argv[1];
	if (strcmp(out, "-") != 0 && access(out, F_OK) == 0 &&
	    cat_read(&cat, out) < 0)
		errx(1, "%s: not a message catalogue", out);
	for (i = 2; i < argc; i++) {
		if (strcmp(argv[i], "-") == 0)
			f = stdin;
		else if ((f = fopen(argv[i], "r")) == NULL)
			err(1, "%s", argv[i]);
		parse_msgfile(&cat, argv[i], f);
		if (f != stdin)
			fclose(f);
	}
	if (strcmp(out, "-") == 0)
		fd = STDOUT_FILENO;
	else if ((fd = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644)) < 0)
		err(1, "%s", out);
	if (cat_write(&cat, fd) < 0 || (fd != STDOUT_FILENO && close(fd) < 0))
		err(1, "%s", out);
	return 0;
}
