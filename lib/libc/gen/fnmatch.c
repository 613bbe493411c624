/*
 * fnmatch.c: fnmatch(): match a file name against a shell pattern with
 * '*', '?', bracket expressions ([a-z], [!x], [^x], [[:alpha:]]) and
 * backslash escapes.  Flags: FNM_NOESCAPE, FNM_PATHNAME ('/' only matched
 * by '/'), FNM_PERIOD (a leading '.' only matched by '.'), FNM_CASEFOLD,
 * FNM_LEADING_DIR (the pattern may match a leading directory prefix).
 *
 * One backtracking point (the last '*') is enough: a later '*' can absorb
 * whatever an earlier one would, and with FNM_PATHNAME '*' never crosses
 * '/', so the time is O(pattern * string), never exponential.  A '['
 * without a closing ']' is an ordinary character.  As in glibc,
 * FNM_CASEFOLD folds characters and ranges but not [:classes:].
 */
#include <ctype.h>
#include <errno.h>
#include <fnmatch.h>
#include <string.h>

struct fnm {
	const char *start;
	int flags;
};

static int
fold(const struct fnm *F, int c)
{
	return (F->flags & FNM_CASEFOLD) ? tolower(c) : c;
}

static int
leadingdot(const struct fnm *F, const char *s)
{
	return (F->flags & FNM_PERIOD) && *s == '.' &&
	    (s == F->start || ((F->flags & FNM_PATHNAME) && s[-1] == '/'));
}

static int
classmatch(const char *name, size_t len, int c)
{
	static const struct {
		const char *name;
		int (*fn)(int);
	} tab[] = { { "alnum", isalnum }, { "alpha", isalpha },
		{ "blank", isblank }, { "cntrl", iscntrl },
		{ "digit", isdigit }, { "graph", isgraph },
		{ "lower", islower }, { "print", isprint },
		{ "punct", ispunct }, { "space", isspace },
		{ "upper", isupper }, { "xdigit", isxdigit } };

	for (size_t i = 0; i < sizeof(tab) / sizeof(tab[0]); i++) {
		if (strlen(tab[i].name) != len ||
		    strncmp(tab[i].name, name, len) != 0)
			continue;
		return tab[i].fn(c) != 0;
	}
	return -1;
}

/* One bracket character, with its escape; advances *pp. */
static int
brchar(const struct fnm *F, const char **pp)
{
	const char *p = *pp;
	int c = (unsigned char)*p++;

	if (c == '\\' && !(F->flags & FNM_NOESCAPE) && *p != '\0')
		c = (unsigned char)*p++;
	*pp = p;
	return c;
}

/*
 * The bracket expression after '[' at *pp against c: 1 match, 0 no
 * match, -1 not a bracket expression (no closing ']').
 */
static int
bracket(const struct fnm *F, const char **pp, int c)
{
	const char *p = *pp, *e;
	int neg = 0, ok = 0, lo, hi, r;

	if (*p == '!' || *p == '^') {
		neg = 1;
		p++;
	}
	for (int first = 1;; first = 0) {
		if (*p == '\0')
			return -1;
		if (*p == ']' && !first)
			break;
		if (*p == '/' && (F->flags & FNM_PATHNAME))
			return -1;
		if (p[0] == '[' && p[1] == ':' &&
		    (e = strstr(p + 2, ":]")) != NULL) {
			r = classmatch(p + 2, (size_t)(e - p - 2), c);
			if (r < 0)
				return -1;
			ok |= r;
			p = e + 2;
			continue;
		}
		lo = brchar(F, &p);
		if (p[0] == '-' && p[1] != ']' && p[1] != '\0') {
			p++;
			hi = brchar(F, &p);
			if ((c >= lo && c <= hi) ||
			    ((F->flags & FNM_CASEFOLD) &&
				((tolower(c) >= lo && tolower(c) <= hi) ||
				    (toupper(c) >= lo && toupper(c) <= hi))))
				ok = 1;
		} else if (fold(F, lo) == fold(F, c)) {
			ok = 1;
		}
	}
	*pp = p + 1;
	return ok != neg;
}

/* Match one non-'*' pattern element at *pp against *sp; 1 if it matched. */
static int
element(const struct fnm *F, const char **pp, const char **sp)
{
	const char *p = *pp, *s = *sp;
	int c = (unsigned char)*p++, r;

	if (*s == '\0')
		return 0;
	if (c == '?' || c == '[') {
		if ((*s == '/' && (F->flags & FNM_PATHNAME)) ||
		    leadingdot(F, s))
			return 0;
		if (c == '[' && (r = bracket(F, &p, (unsigned char)*s)) >= 0) {
			if (r == 0)
				return 0;
		} else if (c == '[' && *s != '[') {
			return 0;
		}
	} else {
		if (c == '\\' && !(F->flags & FNM_NOESCAPE) && *p != '\0')
			c = (unsigned char)*p++;
		if (fold(F, c) != fold(F, (unsigned char)*s))
			return 0;
	}
	*pp = p;
	*sp = s + 1;
	return 1;
}

int
fnmatch(const char *pattern, const char *string, int flags)
{
	struct fnm F;
	const char *p = pattern, *s = string, *bp = NULL, *bs = NULL;

	if (pattern == NULL || string == NULL) {
		errno = EINVAL;
		return FNM_NOMATCH;
	}
	F.start = string;
	F.flags = flags;
	for (;;) {
		if (*p == '*') {
			while (*p == '*')
				p++;
			if (leadingdot(&F, s))
				goto backtrack;
			bp = p;
			bs = s;
			continue;
		}
		if (*p == '\0') {
			if (*s == '\0' ||
			    ((flags & FNM_LEADING_DIR) && *s == '/'))
				return 0;
		} else if (element(&F, &p, &s)) {
			continue;
		}
	backtrack:
		if (bp == NULL || *bs == '\0' ||
		    (*bs == '/' && (flags & FNM_PATHNAME)))
			return FNM_NOMATCH;
		p = bp;
		s = ++bs;
	}
}
