/*
 * t_regex: regcomp/regexec over tables of (flags, pattern, subject,
 * expected match and submatches), one test case per feature.
 */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <atf-c.h>

#include "h_tc.h"

/* Most table rows leave eflags out (0). */
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#define E	REG_EXTENDED
#define B	0
#define NOMATCH "-"

/*
 * want: "-" for no match, else "so,eo" for the whole match followed by
 * " so,eo" per subexpression (-1,-1 for an unset one).
 */
struct rcase {
	int cflags;
	const char *re;
	const char *s;
	const char *want;
	int eflags;
};

static void
run(const struct rcase *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		regex_t re;
		regmatch_t m[10];
		char got[256];
		int r;

		r = regcomp(&re, c[i].re, c[i].cflags);
		if (r != 0) {
			atf_tc_fail_nonfatal("regcomp(\"%s\", %#x) = %d",
			    c[i].re, c[i].cflags, r);
			continue;
		}
		r = regexec(&re, c[i].s, 10, m, c[i].eflags);
		if (r == REG_NOMATCH) {
			strcpy(got, NOMATCH);
		} else if (r != 0) {
			snprintf(got, sizeof(got), "error %d", r);
		} else {
			size_t len = 0;

			len += snprintf(got, sizeof(got), "%d,%d",
			    (int)m[0].rm_so, (int)m[0].rm_eo);
			for (size_t k = 1; k <= re.re_nsub && k < 10; k++)
				len += snprintf(got + len, sizeof(got) - len,
				    " %d,%d", (int)m[k].rm_so, (int)m[k].rm_eo);
		}
		ATF_CHECK_STREQ_MSG(got, c[i].want, "/%s/ %#x on \"%s\"",
		    c[i].re, c[i].cflags, c[i].s);
		regfree(&re);
	}
}

#define RUN(t) run(t, sizeof(t) / sizeof(t[0]))

TC(literals, "plain strings match at the leftmost position")
{
	static const struct rcase t[] = {
		{ B, "abc", "abc", "0,3" },
		{ B, "abc", "xabcabc", "1,4" },
		{ B, "abc", "ab", NOMATCH },
		{ E, "abc", "aabbcc", NOMATCH },
		{ B, "", "abc", "0,0" },
		{ B, "a", "", NOMATCH },
		{ E, "hello world", "say hello world!", "4,15" },
		{ B, "x", "\xe9x", "1,2" },
	};
	RUN(t);
}

TC(dot, "'.' matches any character, and newline unless REG_NEWLINE")
{
	static const struct rcase t[] = {
		{ B, "a.c", "abc", "0,3" },
		{ B, "a.c", "a\nc", "0,3" },
		{ E | REG_NEWLINE, "a.c", "a\nc", NOMATCH },
		{ E, "...", "ab", NOMATCH },
		{ E, ".", "\x01", "0,1" },
	};
	RUN(t);
}

TC(anchors, "^ and $ in both syntaxes")
{
	static const struct rcase t[] = {
		{ B, "^abc", "abcd", "0,3" },
		{ B, "^abc", "xabc", NOMATCH },
		{ B, "abc$", "xabc", "1,4" },
		{ B, "abc$", "abcx", NOMATCH },
		{ B, "^$", "", "0,0" },
		{ B, "^$", "x", NOMATCH },
		{ B, "a^b", "a^b", "0,3" },
		{ B, "a$b", "a$b", "0,3" },
		{ E, "a|^b", "cb", NOMATCH },
		{ E, "(^a)", "ba", NOMATCH },
		{ E, "x$|y", "xy", "1,2" },
		{ B, "\\(^a\\)", "ab", "0,1 0,1" },
		{ B, "\\(a$\\)", "ba", "1,2 1,2" },
	};
	RUN(t);
}

TC(newline_anchors, "REG_NEWLINE: ^ after and $ before a newline")
{
	static const struct rcase t[] = {
		{ E | REG_NEWLINE, "^b", "a\nb", "2,3" },
		{ E | REG_NEWLINE, "a$", "a\nb", "0,1" },
		{ E, "^b", "a\nb", NOMATCH },
		{ E, "a$", "a\nb", NOMATCH },
		{ E | REG_NEWLINE, "[^x]b", "a\nb", NOMATCH },
		{ E, "[^x]b", "a\nb", "1,3" },
		{ E | REG_NEWLINE, "^$", "a\n\nb", "2,2" },
	};
	RUN(t);
}

TC(notbol_noteol, "REG_NOTBOL and REG_NOTEOL")
{
	static const struct rcase t[] = {
		{ E, "^a", "a", NOMATCH, REG_NOTBOL },
		{ E, "a$", "a", NOMATCH, REG_NOTEOL },
		{ E, "^a|b", "ab", "1,2", REG_NOTBOL },
		{ E | REG_NEWLINE, "^a", "x\na", "2,3", REG_NOTBOL },
		{ E, "a", "a", "0,1", REG_NOTBOL | REG_NOTEOL },
	};
	RUN(t);
}

TC(star, "* repetition is greedy, BRE leading * is literal")
{
	static const struct rcase t[] = {
		{ B, "ab*c", "ac", "0,2" },
		{ B, "ab*c", "abbbc", "0,5" },
		{ B, "a*", "aaa", "0,3" },
		{ B, "a*", "baaa", "0,0" },
		{ B, "*a", "*a", "0,2" },
		{ B, "^*a", "*a", "0,2" },
		{ B, "\\(*a\\)", "*a", "0,2 0,2" },
		{ E, "a**", "aa", "0,2" },
		{ B, "x.*y", "x1y2y3", "0,5" },
	};
	RUN(t);
}

TC(plus_question, "ERE + and ?")
{
	static const struct rcase t[] = {
		{ E, "ab+c", "ac", NOMATCH },
		{ E, "ab+c", "abbc", "0,4" },
		{ E, "ab?c", "ac", "0,2" },
		{ E, "ab?c", "abc", "0,3" },
		{ E, "ab?c", "abbc", NOMATCH },
		{ B, "a+", "a+", "0,2" },
		{ B, "a?", "a?", "0,2" },
		{ E, "(ab)+", "ababab", "0,6 4,6" },
	};
	RUN(t);
}

TC(intervals, "{m}, {m,}, {m,n} and BRE \\{ \\}")
{
	static const struct rcase t[] = {
		{ E, "a{3}", "aaaa", "0,3" },
		{ E, "a{3}", "aa", NOMATCH },
		{ E, "a{2,}", "aaaaa", "0,5" },
		{ E, "a{1,2}", "aaa", "0,2" },
		{ E, "a{0,1}b", "b", "0,1" },
		{ E, "(ab){2}", "abababab", "0,4 2,4" },
		{ E, "a{0}b", "ab", "1,2" },
		{ B, "a\\{2\\}", "aaa", "0,2" },
		{ B, "a\\{1,\\}", "aaa", "0,3" },
		{ B, "a{2}", "a{2}", "0,4" },
		{ E, "a{,2}", "a{,2}", "0,5" },
		{ E, "x{255}", "x", NOMATCH },
	};
	RUN(t);
}

TC(alternation, "ERE | chooses the longest overall match")
{
	static const struct rcase t[] = {
		{ E, "a|b", "b", "0,1" },
		{ E, "ab|abcd", "abcde", "0,4" },
		{ E, "abcd|ab", "abcde", "0,4" },
		{ E, "x|y|z", "aaz", "2,3" },
		{ E, "(a|b)*c", "abac", "0,4 2,3" },
		{ B, "a|b", "a|b", "0,3" },
		{ E, "(wee|week)(knights|night)", "weeknights",
		    "0,10 0,3 3,10" },
	};
	RUN(t);
}

TC(posix_subexpression_rule,
    "POSIX: each subexpression is itself leftmost-longest")
{
	static const struct rcase t[] = {
		/* the Pike VM's highest-priority path (and glibc) give
		 * \1 = "a", \2 = "bc" */
		{ E, "(a|ab)(bc|c)", "abc", "0,3 0,2 2,3" },
		{ E, "(a|ab|abc)(bcd|cd|d)", "abcd", "0,4 0,3 3,4" },
	};

	RUN(t);
}

/*
 * The POSIX submatch rule (XBD 9.1, re_dissect.c): the overall match is
 * the leftmost-longest; then each subpattern, left to right, takes the
 * longest extent that still lets the rest match up to the same end.
 * Every expected answer below is derived by hand from that rule.
 */
TC(posix_concat, "the first of two groups takes the longest extent")
{
	static const struct rcase t[] = {
		/* \1 = "ab" leaves "cd" for (bcd|c)(d*) */
		{ E, "(a|ab)(bcd|c)(d*)", "abcd", "0,4 0,2 2,3 3,4" },
		/* the order of the alternatives does not matter */
		{ E, "(ab|a)(bcd|c)(d*)", "abcd", "0,4 0,2 2,3 3,4" },
		{ E, "(a|ab)(c|bcd)?(d*)", "abcd", "0,4 0,2 2,3 3,4" },
		/* \1 = "ab" cannot be followed by "bc" or "abc" */
		{ E, "(a*)(b|abc)", "abc", "0,3 0,0 0,3" },
	};
	RUN(t);
}

TC(posix_overall_first, "the overall match is longest before any group")
{
	static const struct rcase t[] = {
		/* \1 = "ab" would end the match at 3; the whole match is
		 * "abcd", so \1 is "a" */
		{ E, "(a|ab)(c|bcd)", "abcd", "0,4 0,1 1,4" },
		{ E, "^(a|ab)(c|bcd)$", "abcd", "0,4 0,1 1,4" },
		{ E | REG_ICASE, "(A|ab)(c|bcd)", "ABCD", "0,4 0,1 1,4" },
		{ E, "(a|ab)(c|bcd)", "xabcdx", "1,5 1,2 2,5" },
	};
	RUN(t);
}

TC(posix_nested, "an outer group is longest before the groups inside it")
{
	static const struct rcase t[] = {
		/* \1 = "abcd" (not "abc"), so inside it \2 = "a" */
		{ E, "((a|ab)(c|bcd))(d*)", "abcd", "0,4 0,4 0,1 1,4 4,4" },
		{ E, "((a|ab)(bc|c))", "abc", "0,3 0,3 0,2 2,3" },
		{ E, "(((a)|ab)(c))", "abc", "0,3 0,3 0,2 -1,-1 2,3" },
	};
	RUN(t);
}

TC(posix_plain_subpatterns, "unparenthesized subpatterns are longest too")
{
	static const struct rcase t[] = {
		/* x* takes "xx", leaving "a" for the group */
		{ E, "x*(xa|a)", "xxa", "0,3 2,3" },
		{ E, "a*(a*)", "aa", "0,2 2,2" },
		{ E, "(a*)(ab)*(b*)", "aabb", "0,4 0,2 -1,-1 2,4" },
	};
	RUN(t);
}

TC(posix_alt_in_star, "each iteration of a repetition is longest in turn")
{
	static const struct rcase t[] = {
		/* iterations "ab", "a" */
		{ E, "(a|ab)*c", "abac", "0,4 2,3" },
		/* one iteration "ab", not "a" then "b" */
		{ E, "(a|ab|b)*", "ab", "0,2 0,2" },
		/* "aa" then "aa", not "a" "a" "aa" or "a" "aa" "a" */
		{ E, "(a|aa)*", "aaaa", "0,4 2,4" },
		{ E, "(a|ab)(bc|c)*", "abcbc", "0,5 0,2 3,5" },
		{ E, "(..|.)*(.)", "abc", "0,3 0,2 2,3" },
	};
	RUN(t);
}

TC(posix_star_of_star, "(a*)* and (a*)+: longest iterations, no empty ones")
{
	static const struct rcase t[] = {
		{ E, "(a*)*", "aa", "0,2 0,2" },
		{ E, "(a*)*", "", "0,0 0,0" },
		{ E, "(a*)+", "", "0,0 0,0" },
		{ E, "(a*)+", "baa", "0,0 0,0" },
		{ E, "(a*|b)*", "ab", "0,2 1,2" },
		{ E, "((a*)b)*", "abb", "0,3 2,3 2,2" },
	};
	RUN(t);
}

TC(posix_last_iteration, "a repeated group reports its last iteration")
{
	static const struct rcase t[] = {
		{ E, "(a|b)*", "abba", "0,4 3,4" },
		{ E, "(a|b)+c", "abc", "0,3 1,2" },
		{ E, "(ab|c){2}", "abcab", "0,3 2,3" },
		/* a group inside that the last iteration does not set keeps
		 * the value of the iteration that did (as NetBSD does) */
		{ E, "((a)|(b))*", "ab", "0,2 1,2 0,1 1,2" },
		{ E, "(a(b)?)+", "aba", "0,3 2,3 1,2" },
	};
	RUN(t);
}

TC(posix_dot_star, "(.*)(.*): the first takes everything")
{
	static const struct rcase t[] = {
		{ E, "(.*)(.*)", "abc", "0,3 0,3 3,3" },
		{ E, "(a*)(a*)", "aaa", "0,3 0,3 3,3" },
		{ E, "(.*)c(.*)", "acbcd", "0,5 0,3 4,5" },
		{ B, "\\(a*\\)\\(a*\\)", "aa", "0,2 0,2 2,2" },
	};
	RUN(t);
}

TC(posix_optional, "? and {m,n}: the longest iteration first")
{
	static const struct rcase t[] = {
		/* Pike's priority would give \1 = "a", \2 = "bbb" */
		{ E, "(a|ab)?(b*)", "abbb", "0,4 0,2 2,4" },
		{ E, "(a|ab|b){1,2}", "ab", "0,2 0,2" },
		{ E, "(a|ab){0,3}(b*)", "abab", "0,4 2,4 4,4" },
		{ E, "(x)?y", "y", "0,1 -1,-1" },
	};
	RUN(t);
}

TC(posix_unmatched, "a group in an alternative not taken is -1,-1")
{
	static const struct rcase t[] = {
		{ E, "(a)|(ab)|(c)", "ab", "0,2 -1,-1 0,2 -1,-1" },
		{ E, "(a|(b))c", "ac", "0,2 0,1 -1,-1" },
		{ E, "((a)|a)b", "ab", "0,2 0,1 0,1" },
	};
	RUN(t);
}

TC(posix_bre_backrefs, "BRE groups with back-references")
{
	static const struct rcase t[] = {
		/* \1 = "aa", \2 = "b": then \2\1 = "baa" ends the match */
		{ B, "\\(a*\\)\\(b*\\)\\2\\1", "aabbaa", "0,6 0,2 2,3" },
		{ B, "\\(a*\\)\\1\\(b*\\)", "aaaabb", "0,6 0,2 4,6" },
		{ B, "\\(\\(a\\)b\\)*\\2", "ababa", "0,5 2,4 2,3" },
	};
	RUN(t);
}

TC(posix_ere_backrefs,
    "the longest choice for a group is dropped when a "
    "back-reference then fails")
{
	static const struct rcase t[] = {
		/* the backtracker's first path gives \1 = "a", \2 = "bc" */
		{ E, "(a|ab)(bc|c)\\1*", "abc", "0,3 0,2 2,3" },
		/* \1 = "ab", \2 = "c" would need "ab" at 3, not "da" */
		{ E, "(a|ab)(c|bcd)\\1", "abcdab", "0,5 0,1 1,4" },
		{ E, "(a|ab)(c|bcd)\\1", "abcab", "0,5 0,2 2,3" },
		/* the star takes "ab" (not "aba") so that \2 = "a" follows */
		{ E, "((a)|b)*\\2", "aba", "0,3 1,2 0,1" },
		{ E, "(a*)*(b)\\2", "abb", "0,3 0,1 1,2" },
	};
	RUN(t);
}

TC(posix_bre_backrefs_longest,
    "BRE: the first group is longest, then the "
    "second")
{
	static const struct rcase t[] = {
		/* 2x + 2y <= 5 a's: the match is 4 long, \1 takes 2 */
		{ B, "\\(a*\\)\\(a*\\)\\1\\2", "aaaaa", "0,4 0,2 2,2" },
		{ B, "\\(.*\\)\\(.*\\)\\1", "abab", "0,4 0,2 2,2" },
		{ B, "^\\(.*\\)\\1$", "abcabc", "0,6 0,3" },
		/* the star takes "aaaa" ("aa" "a" "a": its last iteration
		 * must be one "a" for \1 to end the match at 5) */
		{ B, "\\(a\\{1,2\\}\\)*\\1", "aaaaa", "0,5 3,4" },
	};
	RUN(t);
}

TC(posix_notbol, "REG_NOTBOL changes which alternative a group can take")
{
	static const struct rcase t[] = {
		{ E, "(^ab|a)(c|bc)", "abc", "0,3 0,2 2,3" },
		{ E, "(^ab|a)(c|bc)", "abc", "0,3 0,1 1,3", REG_NOTBOL },
		{ E, "(a|ab)(c|bc$)", "abc", "0,3 0,2 2,3", REG_NOTEOL },
	};
	RUN(t);
}

TC(posix_flags, "REG_ICASE, REG_NEWLINE and word ends shape the groups")
{
	static const struct rcase t[] = {
		{ E | REG_ICASE, "(a|AB)(C|bcd)(D*)", "abcd",
		    "0,4 0,2 2,3 3,4" },
		/* $ only at the end: the match is the second "abcd" */
		{ E, "(a|ab)(c|bcd)$", "abc\nabcd", "4,8 4,5 5,8" },
		/* $ before the newline too: "abc", \1 = "ab" */
		{ E | REG_NEWLINE, "(a|ab)(c|bcd)$", "abc\nabcd",
		    "0,3 0,2 2,3" },
		/* ^ only after the newline: "abcd" is longer than "abc" */
		{ E | REG_NEWLINE, "^(a|ab)(c|bcd)", "xabc\nabcd",
		    "5,9 5,6 6,9", REG_NOTBOL },
		{ E, "(a|ab)(\\>|c)", "ab c", "0,2 0,2 2,2" },
	};
	RUN(t);
}

TC(posix_startend, "REG_STARTEND: submatches within the given range")
{
	regex_t re;
	regmatch_t m[3];

	ATF_REQUIRE_EQ(regcomp(&re, "(a|ab)(c|bcd)", REG_EXTENDED), 0);
	m[0].rm_so = 1;
	m[0].rm_eo = 5;
	ATF_REQUIRE_EQ(regexec(&re, "xabcdx", 3, m, REG_STARTEND), 0);
	ATF_CHECK_EQ(m[0].rm_so, 1);
	ATF_CHECK_EQ(m[0].rm_eo, 5);
	ATF_CHECK_EQ(m[1].rm_eo, 2);
	ATF_CHECK_EQ(m[2].rm_so, 2);
	/* without the "d", the longest match is "abc": \1 = "ab" */
	m[0].rm_so = 1;
	m[0].rm_eo = 4;
	ATF_REQUIRE_EQ(regexec(&re, "xabcdx", 3, m, REG_STARTEND), 0);
	ATF_CHECK_EQ(m[0].rm_eo, 4);
	ATF_CHECK_EQ(m[1].rm_so, 1);
	ATF_CHECK_EQ(m[1].rm_eo, 3);
	ATF_CHECK_EQ(m[2].rm_so, 3);
	ATF_CHECK_EQ(m[2].rm_eo, 4);
	regfree(&re);
}

TC(posix_nosub, "REG_NOSUB and nmatch 1: the match only, nothing else")
{
	regex_t re;
	regmatch_t m[3] = { { 7, 8 }, { 7, 8 }, { 7, 8 } };

	ATF_REQUIRE_EQ(
	    regcomp(&re, "(a|ab)(c|bcd)", REG_EXTENDED | REG_NOSUB), 0);
	ATF_CHECK_EQ(re.re_nsub, 2);
	ATF_CHECK_EQ(regexec(&re, "abcd", 3, m, 0), 0);
	ATF_CHECK_EQ(m[0].rm_so, 7);
	ATF_CHECK_EQ(m[1].rm_so, 7);
	ATF_CHECK_EQ(regexec(&re, "abx", 3, m, 0), REG_NOMATCH);
	regfree(&re);
	ATF_REQUIRE_EQ(regcomp(&re, "(a|ab)(c|bcd)", REG_EXTENDED), 0);
	ATF_CHECK_EQ(regexec(&re, "xabcd", 1, m, 0), 0);
	ATF_CHECK_EQ(m[0].rm_so, 1);
	ATF_CHECK_EQ(m[0].rm_eo, 5);
	ATF_CHECK_EQ(m[1].rm_so, 7); /* beyond nmatch: untouched */
	regfree(&re);
}

TC(posix_long_span, "submatches over a long match stay fast")
{
	size_t n = 20000;
	char *s = malloc(n + 1);
	regex_t re;
	regmatch_t m[3];

	ATF_REQUIRE(s != NULL);
	for (size_t i = 0; i < n; i++)
		s[i] = "ab"[i & 1];
	s[n] = '\0';
	ATF_REQUIRE_EQ(regcomp(&re, "^(.*)(b)$", REG_EXTENDED), 0);
	ATF_REQUIRE_EQ(regexec(&re, s, 3, m, 0), 0);
	ATF_CHECK_EQ(m[1].rm_eo, (regoff_t)(n - 1));
	ATF_CHECK_EQ(m[2].rm_so, (regoff_t)(n - 1));
	regfree(&re);
	/* each iteration the longest: "ab" every time */
	ATF_REQUIRE_EQ(regcomp(&re, "(a|ab|b)*", REG_EXTENDED), 0);
	ATF_REQUIRE_EQ(regexec(&re, s, 3, m, 0), 0);
	ATF_CHECK_EQ(m[0].rm_eo, (regoff_t)n);
	ATF_CHECK_EQ(m[1].rm_so, (regoff_t)(n - 2));
	regfree(&re);
	/* the first star takes everything, "ab" or "ba" at a time */
	ATF_REQUIRE_EQ(regcomp(&re, "(a|b|ab|ba)*(a|b)*", REG_EXTENDED), 0);
	ATF_REQUIRE_EQ(regexec(&re, s, 3, m, 0), 0);
	ATF_CHECK_EQ(m[1].rm_so, (regoff_t)(n - 2));
	ATF_CHECK_EQ(m[1].rm_eo, (regoff_t)n);
	ATF_CHECK_EQ(m[2].rm_so, -1);
	regfree(&re);
	free(s);
}

TC(stacked_repetitions,
    "500 stacked repetition operators work, more are "
    "REG_ESPACE (each nests), never a crash")
{
	static const char *const ops[] = { "*", "+", "?", "{1}" };
	char *p = malloc(4 * 30000 + 8);
	regex_t re;
	regmatch_t m[2];

	ATF_REQUIRE(p != NULL);
	for (size_t k = 0; k < 4; k++) {
		size_t len = strlen(ops[k]);

		strcpy(p, "(a)");
		for (int i = 0; i < 500; i++)
			strcat(p + 3 + i * len, ops[k]);
		ATF_REQUIRE_EQ_MSG(
		    regcomp(&re, p, REG_EXTENDED), 0, "%s", ops[k]);
		ATF_CHECK_EQ(regexec(&re, "aa", 2, m, 0), 0);
		ATF_CHECK_EQ(m[1].rm_eo, k < 2 ? 2 : 1);
		regfree(&re);
		strcat(p + 3 + 500 * len, ops[k]);
		ATF_CHECK_EQ_MSG(
		    regcomp(&re, p, REG_EXTENDED), REG_ESPACE, "%s", ops[k]);
		for (int i = 501; i < 30000; i++)
			memcpy(p + 3 + i * len, ops[k], len + 1);
		ATF_CHECK_EQ_MSG(
		    regcomp(&re, p, REG_EXTENDED), REG_ESPACE, "%s", ops[k]);
	}
	strcpy(p, "\\(a\\)");
	for (int i = 0; i < 30000; i++)
		p[5 + i] = '*';
	p[5 + 30000] = '\0';
	ATF_CHECK_EQ(regcomp(&re, p, 0), REG_ESPACE);
	p[5 + 500] = '\0';
	ATF_REQUIRE_EQ(regcomp(&re, p, 0), 0);
	ATF_CHECK_EQ(regexec(&re, "aa", 2, m, 0), 0);
	ATF_CHECK_EQ(m[1].rm_so, 1);
	regfree(&re);
	free(p);
}

TC(posix_budget, "past the submatch pass's budget: a valid match anyway")
{
	size_t n = 30000;
	char *s = malloc(n + 1);
	regex_t re;
	regmatch_t m[4];

	ATF_REQUIRE(s != NULL);
	for (size_t i = 0; i < n; i++)
		s[i] = "abc"[i % 3];
	s[n] = '\0';
	ATF_REQUIRE_EQ(regcomp(&re, "((a|ab)*(b|c))*", REG_EXTENDED), 0);
	/* short: POSIX's answer, iterations "abc" */
	ATF_REQUIRE_EQ(regexec(&re, s + n - 300, 4, m, 0), 0);
	ATF_CHECK_EQ(m[0].rm_eo, 300);
	ATF_CHECK_EQ(m[1].rm_so, 297);
	ATF_CHECK_EQ(m[2].rm_so, 297);
	ATF_CHECK_EQ(m[2].rm_eo, 299);
	ATF_CHECK_EQ(m[3].rm_so, 299);
	/* 9000 characters: still within the budget (README) */
	ATF_REQUIRE_EQ(regexec(&re, s + n - 9000, 4, m, 0), 0);
	ATF_CHECK_EQ(m[0].rm_eo, 9000);
	ATF_CHECK_EQ(m[1].rm_so, 8997);
	ATF_CHECK_EQ(m[2].rm_so, 8997);
	ATF_CHECK_EQ(m[2].rm_eo, 8999);
	ATF_CHECK_EQ(m[3].rm_so, 8999);
	/* long (the repeated body has no length bound, so the pass would
	 * need more than its budget): the match is still right and the
	 * groups come from one path through it (README: Limits) */
	ATF_REQUIRE_EQ(regexec(&re, s, 4, m, 0), 0);
	ATF_CHECK_EQ(m[0].rm_so, 0);
	ATF_CHECK_EQ(m[0].rm_eo, (regoff_t)n);
	ATF_CHECK_EQ(m[1].rm_eo, (regoff_t)n);
	ATF_CHECK(
	    m[1].rm_so == (regoff_t)(n - 3) || m[1].rm_so == (regoff_t)(n - 1));
	ATF_CHECK_EQ(m[3].rm_so, (regoff_t)(n - 1));
	ATF_CHECK(m[2].rm_so >= m[1].rm_so - 2 && m[2].rm_eo <= m[3].rm_so);
	regfree(&re);
	free(s);
}

TC(leftmost_longest, "the leftmost match wins, then the longest")
{
	static const struct rcase t[] = {
		{ E, "a*b|a*c", "xaaac", "1,5" },
		{ E, "(a*)(ab)*b", "aab", "0,3 0,2 -1,-1" },
		{ E, "b+|a+b+", "aabb", "0,4" },
		{ E, "x*", "aaa", "0,0" },
		/* POSIX: iterations "aa" "aa" (glibc says 3,4) */
		{ E, "(a|aa)*", "aaaa", "0,4 2,4" },
		{ E, "a+?", "aaa", "0,3" },
	};
	RUN(t);
}

TC(groups, "subexpression offsets, unset groups and re_nsub")
{
	static const struct rcase t[] = {
		{ E, "(a)(b)(c)", "abc", "0,3 0,1 1,2 2,3" },
		{ E, "(a)|(b)", "b", "0,1 -1,-1 0,1" },
		{ E, "((a)b)c", "abc", "0,3 0,2 0,1" },
		{ E, "(a*)b", "b", "0,1 0,0" },
		{ B, "\\(a\\)\\(b\\)", "ab", "0,2 0,1 1,2" },
		{ B, "\\(\\)", "x", "0,0 0,0" },
		{ E, "(a)*", "aaa", "0,3 2,3" },
		{ E, "(x)?y", "y", "0,1 -1,-1" },
		{ E, "(a*)*", "b", "0,0 0,0" },
		{ E, "(a*)+", "b", "0,0 0,0" },
		{ E, "(a*)+", "aa", "0,2 0,2" },
		{ E, "(a*)*x", "ax", "0,2 0,1" },
		{ E, "((a)|b)*", "ab", "0,2 1,2 0,1" },
	};
	regex_t re;

	RUN(t);
	ATF_REQUIRE_EQ(regcomp(&re, "(a(b)(c(d)))", E), 0);
	ATF_CHECK_EQ(re.re_nsub, 4);
	regfree(&re);
	ATF_REQUIRE_EQ(regcomp(&re, "\\(a\\)(b)", B), 0);
	ATF_CHECK_EQ(re.re_nsub, 1);
	regfree(&re);
}

TC(brackets, "bracket expressions: lists, ranges, negation, ] and -")
{
	static const struct rcase t[] = {
		{ E, "[abc]+", "xcabx", "1,4" },
		{ E, "[a-c]+", "xcabdx", "1,4" },
		{ E, "[^a-c]+", "abxyzc", "2,5" },
		{ E, "[]a]+", "]a]b", "0,3" },
		{ E, "[^]a]", "]ab", "2,3" },
		{ E, "[a-]+", "a-a", "0,3" },
		{ E, "[-a]+", "-a", "0,2" },
		{ E, "[a\\]+", "a\\", "0,2" },
		{ E, "[.]", "a.b", "1,2" },
		{ E, "[*+?{]+", "a*+?{b", "1,5" },
		{ E, "[%--]+", "%+-", "0,3" },
		{ B, "[[]", "[", "0,1" },
	};
	RUN(t);
}

TC(classes, "[:class:] names inside brackets")
{
	static const struct rcase t[] = {
		{ E, "[[:digit:]]+", "ab123c", "2,5" },
		{ E, "[[:alpha:]]+", "12abC3", "2,5" },
		{ E, "[[:upper:][:digit:]]+", "aB1c", "1,3" },
		{ E, "[[:space:]]+", "a \t\nb", "1,4" },
		{ E, "[^[:alnum:]]", "ab_c", "2,3" },
		{ E, "[[:punct:]]", "ab!", "2,3" },
		{ E, "[[:xdigit:]]+", "xfF09g", "1,5" },
		{ E, "[[:blank:]]", "a\tb", "1,2" },
		{ E, "[[:lower:]]+", "ABcdE", "2,4" },
		{ E, "[[:cntrl:]]", "a\x01", "1,2" },
		{ E, "[[:print:]]+",
		    "\x01"
		    "ab ",
		    "1,4" },
		{ E, "[[:graph:]]+", " ab ", "1,3" },
	};
	RUN(t);
}

TC(equiv_collating, "[=c=] and [.c.] for single characters")
{
	static const struct rcase t[] = {
		{ E, "[[=a=]]+", "baab", "1,3" },
		{ E, "[[.-.]]", "a-b", "1,2" },
		{ E, "[[.a.]-c]+", "xabcd", "1,4" },
		{ E, "[[.].]]", "a]", "1,2" },
	};
	RUN(t);
}

TC(icase, "REG_ICASE folds letters, brackets and back-references")
{
	static const struct rcase t[] = {
		{ E | REG_ICASE, "abc", "xABC", "1,4" },
		{ E | REG_ICASE, "[a-c]+", "AbC", "0,3" },
		{ E | REG_ICASE, "[^a]", "Ab", "1,2" },
		{ B | REG_ICASE, "\\(a\\)\\1", "aA", "0,2 0,1" },
		{ E | REG_ICASE, "[[:upper:]]+", "abC", "0,3" },
		{ E, "abc", "ABC", NOMATCH },
	};
	RUN(t);
}

TC(backrefs, "BRE back-references \\1-\\9")
{
	static const struct rcase t[] = {
		{ B, "\\(a*\\)\\1", "aaaa", "0,4 0,2" },
		{ B, "\\(a*\\)b\\1", "aabaa", "0,5 0,2" },
		{ B, "\\(.\\)\\1", "abccd", "2,4 2,3" },
		{ B, "^\\(.*\\)\\1$", "abcabc", "0,6 0,3" },
		{ B, "^\\(.*\\)\\1$", "abcab", NOMATCH },
		{ B, "\\(a\\)\\(b\\)\\2\\1", "xabba", "1,5 1,2 2,3" },
		{ B, "\\([ab]*\\)x\\1", "abxab", "0,5 0,2" },
		{ E, "(a)\\1", "aa", "0,2 0,1" },
		{ E, "(a)|b\\1", "b", NOMATCH },
		{ B, "\\(ab\\)*c\\1", "ababcab", "0,7 2,4" },
		{ B, "\\(a*\\)*b\\1", "baa", "0,1 0,0" },
		/* no null iteration after a non-empty one (POSIX) */
		{ B, "\\(a*\\)*b\\1", "xxab", "3,4 3,3" },
		{ B, "\\(a*\\)*b\\1", "xxaba", "2,5 2,3" },
	};
	RUN(t);
}

TC(word_bounds, "\\< and \\> match at word starts and ends")
{
	static const struct rcase t[] = {
		{ E, "\\<the\\>", "other the", "6,9" },
		{ E, "\\<a", "ba a", "3,4" },
		{ E, "b\\>", "bb b", "1,2" },
		{ E, "\\<x\\>", "xy", NOMATCH },
	};
	RUN(t);
}

TC(escapes, "escaped specials are literal")
{
	static const struct rcase t[] = {
		{ E, "a\\.c", "abc a.c", "4,7" },
		{ E, "\\(a\\)", "(a)", "0,3" },
		{ E, "a\\*", "aa*", "1,3" },
		{ E, "\\$x", "$x", "0,2" },
		{ E, "\\^x", "^x", "0,2" },
		{ B, "a\\.", "ab a.", "3,5" },
		{ E, "\\{", "{", "0,1" },
		{ E, "a{", "a{", "0,2" },
	};
	RUN(t);
}

TC(nospec, "REG_NOSPEC: the whole pattern is literal")
{
	static const struct rcase t[] = {
		{ REG_NOSPEC, "a.*b", "xa.*b", "1,5" },
		{ REG_NOSPEC, "a.*b", "axxb", NOMATCH },
		{ REG_NOSPEC | REG_ICASE, "A[B]", "xa[b]", "1,5" },
	};
	regex_t re;

	RUN(t);
	ATF_CHECK_EQ(regcomp(&re, "a", REG_NOSPEC | REG_EXTENDED), REG_INVARG);
}

TC(pend, "REG_PEND: the pattern ends at re_endp and may hold NULs")
{
	static const char pat[] = "a\0b";
	regex_t re;
	regmatch_t m[1];

	re.re_endp = pat + 3;
	ATF_REQUIRE_EQ(regcomp(&re, pat, REG_PEND | REG_EXTENDED), 0);
	m[0].rm_so = 0;
	m[0].rm_eo = 3;
	ATF_CHECK_EQ(regexec(&re, "a\0b", 1, m, REG_STARTEND), 0);
	ATF_CHECK_EQ(m[0].rm_eo, 3);
	regfree(&re);
	re.re_endp = pat + 1;
	ATF_REQUIRE_EQ(regcomp(&re, pat, REG_PEND | REG_EXTENDED), 0);
	ATF_CHECK_EQ(regexec(&re, "xa", 0, NULL, 0), 0);
	regfree(&re);
	re.re_endp = NULL;
	ATF_CHECK_EQ(regcomp(&re, pat, REG_PEND), REG_INVARG);
}

TC(startend, "REG_STARTEND limits the search; offsets stay absolute")
{
	regex_t re;
	regmatch_t m[2];

	ATF_REQUIRE_EQ(regcomp(&re, "^b+", REG_EXTENDED), 0);
	m[0].rm_so = 1;
	m[0].rm_eo = 3;
	ATF_REQUIRE_EQ(regexec(&re, "abbbc", 1, m, REG_STARTEND), 0);
	ATF_CHECK_EQ(m[0].rm_so, 1);
	ATF_CHECK_EQ(m[0].rm_eo, 3);
	m[0].rm_so = 1;
	m[0].rm_eo = 3;
	ATF_CHECK_EQ(regexec(&re, "abbbc", 1, m, REG_STARTEND | REG_NOTBOL),
	    REG_NOMATCH);
	m[0].rm_so = 3;
	m[0].rm_eo = 1;
	ATF_CHECK_EQ(regexec(&re, "abbbc", 1, m, REG_STARTEND), REG_INVARG);
	ATF_CHECK_EQ(regexec(&re, "abbbc", 0, NULL, REG_STARTEND), REG_INVARG);
	regfree(&re);
	ATF_REQUIRE_EQ(regcomp(&re, "c$", REG_EXTENDED), 0);
	m[0].rm_so = 0;
	m[0].rm_eo = 2;
	ATF_CHECK_EQ(regexec(&re, "acc", 1, m, REG_STARTEND), 0);
	ATF_CHECK_EQ(m[0].rm_so, 1); /* $ matches at rm_eo */
	regfree(&re);
}

TC(nosub, "REG_NOSUB: match or not, pmatch untouched")
{
	regex_t re;
	regmatch_t m[1] = { { 77, 88 } };

	ATF_REQUIRE_EQ(regcomp(&re, "(b)c", REG_EXTENDED | REG_NOSUB), 0);
	ATF_CHECK_EQ(regexec(&re, "abc", 1, m, 0), 0);
	ATF_CHECK_EQ(m[0].rm_so, 77);
	ATF_CHECK_EQ(regexec(&re, "abd", 1, m, 0), REG_NOMATCH);
	regfree(&re);
}

TC(nmatch_extra, "slots beyond re_nsub are -1; nmatch 0 is allowed")
{
	regex_t re;
	regmatch_t m[5];

	ATF_REQUIRE_EQ(regcomp(&re, "(a)", REG_EXTENDED), 0);
	memset(m, 0x55, sizeof(m));
	ATF_REQUIRE_EQ(regexec(&re, "xa", 5, m, 0), 0);
	ATF_CHECK_EQ(m[1].rm_so, 1);
	for (int i = 2; i < 5; i++) {
		ATF_CHECK_EQ(m[i].rm_so, -1);
		ATF_CHECK_EQ(m[i].rm_eo, -1);
	}
	ATF_CHECK_EQ(regexec(&re, "xa", 0, NULL, 0), 0);
	regfree(&re);
}

TC(bad_handles, "regexec on a freed or NULL expression is REG_BADPAT")
{
	regex_t re;

	ATF_REQUIRE_EQ(regcomp(&re, "a", 0), 0);
	regfree(&re);
	ATF_CHECK_EQ(regexec(&re, "a", 0, NULL, 0), REG_BADPAT);
	ATF_CHECK_EQ(regexec(NULL, "a", 0, NULL, 0), REG_BADPAT);
	ATF_REQUIRE_EQ(regcomp(&re, "a", 0), 0);
	ATF_CHECK_EQ(regexec(&re, NULL, 0, NULL, 0), REG_INVARG);
	regfree(&re);
	regfree(&re);
	ATF_CHECK_EQ(regcomp(NULL, "a", 0), REG_INVARG);
	ATF_CHECK_EQ(regcomp(&re, NULL, 0), REG_INVARG);
}

TC(no_blowup, "nested repetitions stay fast without back-references")
{
	char s[4096];
	regex_t re;

	memset(s, 'a', sizeof(s) - 1);
	s[sizeof(s) - 1] = '\0';
	ATF_REQUIRE_EQ(regcomp(&re, "(a*)*(a|aa)*b", REG_EXTENDED), 0);
	ATF_CHECK_EQ(regexec(&re, s, 0, NULL, 0), REG_NOMATCH);
	regfree(&re);
	ATF_REQUIRE_EQ(regcomp(&re, "((a+)+)+$", REG_EXTENDED), 0);
	ATF_CHECK_EQ(regexec(&re, s, 0, NULL, 0), 0);
	regfree(&re);
}

TC(backtrack_budget, "a pathological back-reference pattern ends (ESPACE)")
{
	char s[64];
	regex_t re;
	int r;

	memset(s, 'a', sizeof(s) - 1);
	s[sizeof(s) - 1] = '\0';
	ATF_REQUIRE_EQ(regcomp(&re, "\\(a*\\)*\\(a*\\)*\\(a*\\)*\\1b", 0), 0);
	r = regexec(&re, s, 0, NULL, 0);
	ATF_CHECK_MSG(r == REG_NOMATCH || r == REG_ESPACE, "r=%d", r);
	regfree(&re);
}

TC(long_subject, "a 1 MB subject")
{
	size_t n = 1 << 20;
	char *s = malloc(n + 1);
	regex_t re;
	regmatch_t m[2];

	ATF_REQUIRE(s != NULL);
	memset(s, 'x', n);
	memcpy(s + n - 5, "abcde", 5);
	s[n] = '\0';
	ATF_REQUIRE_EQ(regcomp(&re, "a(b|q)c", REG_EXTENDED), 0);
	ATF_REQUIRE_EQ(regexec(&re, s, 2, m, 0), 0);
	ATF_CHECK_EQ(m[0].rm_so, (regoff_t)(n - 5));
	ATF_CHECK_EQ(m[1].rm_so, (regoff_t)(n - 4));
	regfree(&re);
	free(s);
}

TC(long_patterns, "a 5000-character literal and 20000 alternatives")
{
	size_t n = 5000;
	char *p = malloc(200000), *s;
	regex_t re;
	regmatch_t m[1];

	ATF_REQUIRE(p != NULL);
	memset(p, 'q', n);
	p[n] = '\0';
	ATF_REQUIRE_EQ(regcomp(&re, p, REG_EXTENDED), 0);
	ATF_CHECK_EQ(regexec(&re, p, 1, m, 0), 0);
	ATF_CHECK_EQ(m[0].rm_eo, (regoff_t)n);
	p[n - 1] = 'x';
	ATF_CHECK_EQ(regexec(&re, p, 0, NULL, 0), REG_NOMATCH);
	regfree(&re);
	s = p;
	for (int i = 0; i < 20000; i++)
		s += sprintf(s, "%s%d", i ? "|" : "", i);
	ATF_REQUIRE_EQ(regcomp(&re, p, REG_EXTENDED), 0);
	ATF_CHECK_EQ(regexec(&re, "x19999y", 1, m, 0), 0);
	ATF_CHECK_EQ(m[0].rm_so, 1);
	ATF_CHECK_EQ(m[0].rm_eo, 6);
	regfree(&re);
	free(p);
}

TC(backref_long_subject, "back-references over a long subject end cleanly")
{
	size_t n = 200000;
	char *s = malloc(n + 1);
	regex_t re;
	regmatch_t m[2];
	int r;

	ATF_REQUIRE(s != NULL);
	memset(s, 'a', n);
	s[n] = '\0';
	ATF_REQUIRE_EQ(regcomp(&re, "\\(.\\)\\1", 0), 0);
	ATF_REQUIRE_EQ(regexec(&re, s, 2, m, 0), 0);
	ATF_CHECK_EQ(m[0].rm_eo, 2);
	regfree(&re);
	ATF_REQUIRE_EQ(regcomp(&re, ".*\\(b\\)\\1", 0), 0);
	r = regexec(&re, s, 2, m, 0);
	ATF_CHECK_MSG(r == REG_NOMATCH || r == REG_ESPACE, "r=%d", r);
	regfree(&re);
	free(s);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, literals);
	ATF_TP_ADD_TC(tp, dot);
	ATF_TP_ADD_TC(tp, anchors);
	ATF_TP_ADD_TC(tp, newline_anchors);
	ATF_TP_ADD_TC(tp, notbol_noteol);
	ATF_TP_ADD_TC(tp, star);
	ATF_TP_ADD_TC(tp, plus_question);
	ATF_TP_ADD_TC(tp, intervals);
	ATF_TP_ADD_TC(tp, alternation);
	ATF_TP_ADD_TC(tp, leftmost_longest);
	ATF_TP_ADD_TC(tp, posix_subexpression_rule);
	ATF_TP_ADD_TC(tp, posix_concat);
	ATF_TP_ADD_TC(tp, posix_overall_first);
	ATF_TP_ADD_TC(tp, posix_nested);
	ATF_TP_ADD_TC(tp, posix_plain_subpatterns);
	ATF_TP_ADD_TC(tp, posix_alt_in_star);
	ATF_TP_ADD_TC(tp, posix_star_of_star);
	ATF_TP_ADD_TC(tp, posix_last_iteration);
	ATF_TP_ADD_TC(tp, posix_dot_star);
	ATF_TP_ADD_TC(tp, posix_optional);
	ATF_TP_ADD_TC(tp, posix_unmatched);
	ATF_TP_ADD_TC(tp, posix_bre_backrefs);
	ATF_TP_ADD_TC(tp, posix_ere_backrefs);
	ATF_TP_ADD_TC(tp, posix_bre_backrefs_longest);
	ATF_TP_ADD_TC(tp, posix_notbol);
	ATF_TP_ADD_TC(tp, posix_flags);
	ATF_TP_ADD_TC(tp, posix_startend);
	ATF_TP_ADD_TC(tp, posix_nosub);
	ATF_TP_ADD_TC(tp, posix_long_span);
	ATF_TP_ADD_TC(tp, posix_budget);
	ATF_TP_ADD_TC(tp, stacked_repetitions);
	ATF_TP_ADD_TC(tp, groups);
	ATF_TP_ADD_TC(tp, brackets);
	ATF_TP_ADD_TC(tp, classes);
	ATF_TP_ADD_TC(tp, equiv_collating);
	ATF_TP_ADD_TC(tp, icase);
	ATF_TP_ADD_TC(tp, backrefs);
	ATF_TP_ADD_TC(tp, word_bounds);
	ATF_TP_ADD_TC(tp, escapes);
	ATF_TP_ADD_TC(tp, nospec);
	ATF_TP_ADD_TC(tp, pend);
	ATF_TP_ADD_TC(tp, startend);
	ATF_TP_ADD_TC(tp, nosub);
	ATF_TP_ADD_TC(tp, nmatch_extra);
	ATF_TP_ADD_TC(tp, bad_handles);
	ATF_TP_ADD_TC(tp, no_blowup);
	ATF_TP_ADD_TC(tp, backtrack_budget);
	ATF_TP_ADD_TC(tp, long_subject);
	ATF_TP_ADD_TC(tp, long_patterns);
	ATF_TP_ADD_TC(tp, backref_long_subject);
	return atf_no_error();
}
