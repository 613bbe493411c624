/*
 * t_fnmatch: fnmatch over tables of patterns, one test case per feature
 * and flag.
 */
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

#include <atf-c.h>

#include "h_tc.h"

struct fcase {
	const char *pat, *s;
	int flags;
	int match;
};

static void
run(const struct fcase *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		int r = fnmatch(c[i].pat, c[i].s, c[i].flags);

		ATF_CHECK_MSG(r == 0 || r == FNM_NOMATCH, "bad result %d", r);
		ATF_CHECK_MSG((r == 0) == c[i].match,
		    "fnmatch(\"%s\", \"%s\", %#x) = %d", c[i].pat, c[i].s,
		    c[i].flags, r);
	}
}

#define RUN(t) run(t, sizeof(t) / sizeof(t[0]))
#define P      FNM_PATHNAME
#define D      FNM_PERIOD
#define N      FNM_NOESCAPE
#define C      FNM_CASEFOLD
#define L      FNM_LEADING_DIR

TC(literal, "plain characters match themselves")
{
	static const struct fcase t[] = {
		{ "abc", "abc", 0, 1 },
		{ "abc", "abd", 0, 0 },
		{ "abc", "ab", 0, 0 },
		{ "ab", "abc", 0, 0 },
		{ "", "", 0, 1 },
		{ "", "a", 0, 0 },
		{ "a/b", "a/b", P, 1 },
	};
	RUN(t);
}

TC(star, "* matches any string, even empty")
{
	static const struct fcase t[] = {
		{ "*", "", 0, 1 },
		{ "*", "abc", 0, 1 },
		{ "a*", "a", 0, 1 },
		{ "a*c", "abbbc", 0, 1 },
		{ "a*c", "abbbd", 0, 0 },
		{ "*c", "abc", 0, 1 },
		{ "**a**", "xxaxx", 0, 1 },
		{ "a*b*c", "aXbYbZc", 0, 1 },
		{ "a*b*c", "aXbYbZ", 0, 0 },
		{ "*.c", "x.c.c", 0, 1 },
	};
	RUN(t);
}

TC(question, "? matches exactly one character")
{
	static const struct fcase t[] = {
		{ "?", "a", 0, 1 },
		{ "?", "", 0, 0 },
		{ "?", "ab", 0, 0 },
		{ "a?c", "abc", 0, 1 },
		{ "??", "ab", 0, 1 },
		{ "?*?", "a", 0, 0 },
	};
	RUN(t);
}

TC(brackets, "bracket lists, ranges, negation with ! and ^")
{
	static const struct fcase t[] = {
		{ "[abc]", "b", 0, 1 },
		{ "[abc]", "d", 0, 0 },
		{ "[a-c]x", "bx", 0, 1 },
		{ "[a-c]", "d", 0, 0 },
		{ "[!a-c]", "d", 0, 1 },
		{ "[!a-c]", "a", 0, 0 },
		{ "[^a]", "b", 0, 1 },
		{ "[^a]", "a", 0, 0 },
		{ "[]]", "]", 0, 1 },
		{ "[!]]", "]", 0, 0 },
		{ "[a-]", "-", 0, 1 },
		{ "[-a]", "-", 0, 1 },
		{ "[", "[", 0, 1 },
		{ "[a", "[a", 0, 1 },
		{ "[*]", "*", 0, 1 },
		{ "[*]", "a", 0, 0 },
		{ "x[0-9][0-9]", "x42", 0, 1 },
	};
	RUN(t);
}

TC(classes, "[:class:] inside brackets")
{
	static const struct fcase t[] = {
		{ "[[:alpha:]]", "q", 0, 1 },
		{ "[[:alpha:]]", "1", 0, 0 },
		{ "[[:digit:]]*", "7up", 0, 1 },
		{ "[![:digit:]]", "7", 0, 0 },
		{ "[[:upper:][:digit:]]", "Q", 0, 1 },
		{ "[[:space:]]", " ", 0, 1 },
		{ "[[:punct:]]", "!", 0, 1 },
		{ "[[:alnum:]_]*", "ab_1", 0, 1 },
		{ "[[:bogus:]]", "a", 0, 0 },
	};
	RUN(t);
}

TC(escape, "backslash quotes; FNM_NOESCAPE makes it ordinary")
{
	static const struct fcase t[] = {
		{ "\\*", "*", 0, 1 },
		{ "\\*", "a", 0, 0 },
		{ "\\?", "?", 0, 1 },
		{ "\\a", "a", 0, 1 },
		{ "a\\", "a\\", 0, 1 },
		{ "[\\]]", "]", 0, 1 },
		{ "\\*", "\\a", N, 1 },
		{ "\\*", "a", N, 0 },
		{ "\\a", "\\a", N, 1 },
		{ "\\a", "a", N, 0 },
	};
	RUN(t);
}

TC(pathname, "FNM_PATHNAME: / only matched by /")
{
	static const struct fcase t[] = {
		{ "*", "a/b", P, 0 },
		{ "*", "a/b", 0, 1 },
		{ "a?b", "a/b", P, 0 },
		{ "a?b", "a/b", 0, 1 },
		{ "a[/]b", "a/b", P, 0 },
		{ "a[/]b", "a/b", 0, 1 },
		{ "*/*", "a/b", P, 1 },
		{ "*/b", "a/c/b", P, 0 },
		{ "a/*/c", "a/b/c", P, 1 },
		{ "a/*", "a/", P, 1 },
		{ "*", "/", P, 0 },
	};
	RUN(t);
}

TC(period, "FNM_PERIOD: a leading . only matched by .")
{
	static const struct fcase t[] = {
		{ "*", ".a", D, 0 },
		{ "*", ".a", 0, 1 },
		{ "?a", ".a", D, 0 },
		{ "[.]a", ".a", D, 0 },
		{ ".*", ".a", D, 1 },
		{ "a*", "a.b", D, 1 },
		{ "*/*", "a/.b", D, 1 },
		{ "*/*", "a/.b", P | D, 0 },
		{ "*/.*", "a/.b", P | D, 1 },
		{ "a/*", "a/.b", P | D, 0 },
	};
	RUN(t);
}

TC(casefold, "FNM_CASEFOLD ignores case in characters and ranges")
{
	static const struct fcase t[] = {
		{ "ABC", "abc", C, 1 },
		{ "ABC", "abc", 0, 0 },
		{ "a*Z", "AbbZ", C, 1 },
		{ "[a-c]", "B", C, 1 },
		{ "[A-C]", "b", C, 1 },
		{ "[!a]", "A", C, 0 },
	};
	RUN(t);
}

TC(leading_dir, "FNM_LEADING_DIR: a match may be followed by /anything")
{
	static const struct fcase t[] = {
		{ "a", "a/b", L, 1 },
		{ "a", "a/b", 0, 0 },
		{ "a*", "abc/d/e", L | P, 1 },
		{ "a", "ab", L, 0 },
		{ "a/b", "a/b/c", L | P, 1 },
		{ "a/?", "a/b/", L | P, 1 },
	};
	RUN(t);
}

TC(no_blowup, "many stars against a long near-miss finish quickly")
{
	char s[2001];

	memset(s, 'a', 2000);
	s[2000] = '\0';
	ATF_CHECK_EQ(fnmatch("*a*a*a*a*a*a*a*a*a*a*a*a*b", s, 0), FNM_NOMATCH);
	ATF_CHECK_EQ(fnmatch("*a*a*a*a*a*a*a*a*a*a*a*a*", s, 0), 0);
	ATF_CHECK_EQ(fnmatch("*?*?*?*?*?*?*?*?*?*?*?*b", s, P), FNM_NOMATCH);
}

TC(null_args, "NULL pattern or string is FNM_NOMATCH")
{
	ATF_CHECK_EQ(fnmatch(NULL, "a", 0), FNM_NOMATCH);
	ATF_CHECK_EQ(fnmatch("a", NULL, 0), FNM_NOMATCH);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, literal);
	ATF_TP_ADD_TC(tp, star);
	ATF_TP_ADD_TC(tp, question);
	ATF_TP_ADD_TC(tp, brackets);
	ATF_TP_ADD_TC(tp, classes);
	ATF_TP_ADD_TC(tp, escape);
	ATF_TP_ADD_TC(tp, pathname);
	ATF_TP_ADD_TC(tp, period);
	ATF_TP_ADD_TC(tp, casefold);
	ATF_TP_ADD_TC(tp, leading_dir);
	ATF_TP_ADD_TC(tp, no_blowup);
	ATF_TP_ADD_TC(tp, null_args);
	return atf_no_error();
}
