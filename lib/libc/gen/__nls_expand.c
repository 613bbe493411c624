/*
 * __nls_expand.c: one NLSPATH template expanded for catopen(3).
 * Locale names look like language[_territory][.codeset][@modifier].
 */

#include <string.h>

#include "nls_impl.h"

/* The part of locale loc that %l, %t or %c names. */
static void
locale_part(const char *loc, int which, const char **p, size_t *n)
{
	size_t lang = strcspn(loc, "_.@");
	const char *s;

	*p = loc;
	*n = 0;
	if (which == 'l') {
		*n = lang;
	} else if (which == 't' && loc[lang] == '_') {
		*p = loc + lang + 1;
		*n = strcspn(*p, ".@");
	} else if (which == 'c' && (s = strchr(loc, '.')) != NULL) {
		*p = s + 1;
		*n = strcspn(*p, "@");
	}
}

static int
put(char *buf, size_t size, size_t *o, const char *s, size_t n)
{
	if (*o + n >= size)
		return -1;
	memcpy(buf + *o, s, n);
	*o += n;
	return 0;
}

int
__nls_expand(const char *tmpl, size_t tlen, const char *name, const char *loc,
    char *buf, size_t size)
{
	const char *p;
	size_t i, n, o = 0;

	for (i = 0; i < tlen; i++) {
		p = tmpl + i;
		n = 1;
		if (tmpl[i] == '%' && i + 1 < tlen) {
			switch (tmpl[++i]) {
			case 'N':
				p = name;
				n = strlen(name);
				break;
			case 'L':
				p = loc;
				n = strlen(loc);
				break;
			case 'l':
			case 't':
			case 'c':
				locale_part(loc, tmpl[i], &p, &n);
				break;
			case '%':
				p = "%";
				break;
			default: /* unknown: kept as it is */
				p = tmpl + i - 1;
				n = 2;
				break;
			}
		}
		if (put(buf, size, &o, p, n) < 0)
			return -1;
	}
	buf[o] = '\0';
	return 0;
}
