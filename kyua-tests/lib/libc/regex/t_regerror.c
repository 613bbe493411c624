/*
 * t_regerror: every regcomp error code for malformed patterns, and the
 * regerror messages, REG_ITOA names, REG_ATOI lookups and truncation.
 */
#include <regex.h>
#include <string.h>

#include <atf-c.h>

#include "h_tc.h"

static void
bad(const char *re, int cflags, int want)
{
	regex_t r;
	int got = regcomp(&r, re, cflags);

	ATF_CHECK_EQ_MSG(got, want, "regcomp(\"%s\", %#x) = %d, want %d", re,
	    cflags, got, want);
	if (got == 0)
		regfree(&r);
}

#define E REG_EXTENDED

TC(ebrack, "unbalanced brackets are REG_EBRACK")
{
	bad("[abc", E, REG_EBRACK);
	bad("[", 0, REG_EBRACK);
	bad("a[]", E, REG_EBRACK);
	bad("[[:alpha:]", E, REG_EBRACK);
	bad("[[:alpha", E, REG_EBRACK);
}

TC(eparen, "unbalanced parentheses are REG_EPAREN")
{
	bad("(a", E, REG_EPAREN);
	bad("a)", E, REG_EPAREN);
	bad("\\(a", 0, REG_EPAREN);
	bad("a\\)", 0, REG_EPAREN);
	bad("((a)", E, REG_EPAREN);
}

TC(ebrace_badbr, "bad intervals are REG_EBRACE or REG_BADBR")
{
	bad("a{1", E, REG_EBRACE);
	bad("a{1,", E, REG_EBRACE);
	bad("a\\{1", 0, REG_EBRACE);
	bad("a{2,1}", E, REG_BADBR);
	bad("a{256}", E, REG_BADBR);
	bad("a{1x}", E, REG_BADBR);
	bad("a\\{1,2}", 0, REG_BADBR);
	bad("a\\{x\\}", 0, REG_BADBR);
}

TC(erange, "reversed ranges and class endpoints are REG_ERANGE")
{
	bad("[z-a]", E, REG_ERANGE);
	bad("[[:alpha:]-z]", E, REG_ERANGE);
	bad("[a-[:digit:]]", E, REG_ERANGE);
}

TC(ectype, "unknown class names are REG_ECTYPE")
{
	bad("[[:nosuch:]]", E, REG_ECTYPE);
	bad("[[:ALPHA:]]", 0, REG_ECTYPE);
}

TC(ecollate, "multi-character collating elements are REG_ECOLLATE")
{
	bad("[[.ab.]]", E, REG_ECOLLATE);
	bad("[[=ab=]]", E, REG_ECOLLATE);
}

TC(eescape, "a trailing backslash is REG_EESCAPE")
{
	bad("a\\", E, REG_EESCAPE);
	bad("\\", 0, REG_EESCAPE);
}

TC(esubreg, "back-references to unknown or open groups are REG_ESUBREG")
{
	bad("\\1", 0, REG_ESUBREG);
	bad("\\(a\\)\\2", 0, REG_ESUBREG);
	bad("\\(a\\1\\)", 0, REG_ESUBREG);
	bad("(a)\\2", E, REG_ESUBREG);
}

TC(badrpt, "repetition with nothing to repeat is REG_BADRPT (ERE)")
{
	bad("*a", E, REG_BADRPT);
	bad("a|*b", E, REG_BADRPT);
	bad("(+a)", E, REG_BADRPT);
	bad("?", E, REG_BADRPT);
	bad("{1}", E, REG_BADRPT);
	bad("^*", E, REG_BADRPT);
	bad("\\{1\\}", 0, REG_BADRPT);
}

TC(empty, "empty ERE branches and groups are REG_EMPTY")
{
	bad("", E, REG_EMPTY);
	bad("a|", E, REG_EMPTY);
	bad("|a", E, REG_EMPTY);
	bad("()", E, REG_EMPTY);
	bad("a||b", E, REG_EMPTY);
	bad("", 0, 0);
}

TC(espace, "expressions too big or too deeply nested are REG_ESPACE")
{
	char deep[2100];

	bad("((a{255}){255}){255}", E, REG_ESPACE);
	memset(deep, '(', 1000);
	deep[1000] = 'a';
	memset(deep + 1001, ')', 1000);
	deep[2001] = '\0';
	bad(deep, E, REG_ESPACE);
	bad("(a{255}){255}", E, 0);
}

TC(valid_edge_patterns, "odd but valid patterns compile")
{
	bad("[]]", E, 0);
	bad("[a-]", E, 0);
	bad("a{", E, 0);
	bad("}", E, 0);
	bad("*", 0, 0);
	bad("\\(*\\)", 0, 0);
	bad("a\\{0\\}", 0, 0);
}

TC(messages, "regerror gives a non-empty message for every code")
{
	static const int codes[] = { REG_NOMATCH, REG_BADPAT, REG_ECOLLATE,
		REG_ECTYPE, REG_EESCAPE, REG_ESUBREG, REG_EBRACK, REG_EPAREN,
		REG_EBRACE, REG_BADBR, REG_ERANGE, REG_ESPACE, REG_BADRPT,
		REG_EMPTY, REG_ASSERT, REG_INVARG, REG_ENOSYS };
	char buf[128], prev[128] = "";

	for (size_t i = 0; i < sizeof(codes) / sizeof(codes[0]); i++) {
		size_t n = regerror(codes[i], NULL, buf, sizeof(buf));

		ATF_CHECK(n > 1);
		ATF_CHECK_EQ(n, strlen(buf) + 1);
		ATF_CHECK_MSG(strcmp(buf, prev) != 0, "code %d", codes[i]);
		strcpy(prev, buf);
	}
	regerror(REG_EBRACK, NULL, buf, sizeof(buf));
	ATF_CHECK_STREQ(buf, "brackets ([ ]) not balanced");
}

TC(itoa, "REG_ITOA gives the code's name")
{
	char buf[64];

	regerror(REG_ITOA | REG_NOMATCH, NULL, buf, sizeof(buf));
	ATF_CHECK_STREQ(buf, "REG_NOMATCH");
	regerror(REG_ITOA | REG_EPAREN, NULL, buf, sizeof(buf));
	ATF_CHECK_STREQ(buf, "REG_EPAREN");
	regerror(REG_ITOA | 99, NULL, buf, sizeof(buf));
	ATF_CHECK_STREQ(buf, "REG_0x63");
}

TC(atoi, "REG_ATOI gives the number of the name in re_endp")
{
	regex_t re;
	char buf[16];

	re.re_endp = "REG_BADRPT";
	regerror(REG_ATOI, &re, buf, sizeof(buf));
	ATF_CHECK_STREQ(buf, "13");
	re.re_endp = "REG_NOSUCH";
	regerror(REG_ATOI, &re, buf, sizeof(buf));
	ATF_CHECK_STREQ(buf, "0");
}

TC(truncation, "a short buffer gets a truncated NUL-terminated message")
{
	char buf[8], big[128];
	size_t need = regerror(REG_ESPACE, NULL, big, sizeof(big));

	ATF_CHECK_EQ(regerror(REG_ESPACE, NULL, buf, sizeof(buf)), need);
	ATF_CHECK_EQ(strlen(buf), 7);
	ATF_CHECK(strncmp(buf, big, 7) == 0);
	ATF_CHECK_EQ(regerror(REG_ESPACE, NULL, NULL, 0), need);
	buf[0] = 'x';
	ATF_CHECK_EQ(regerror(REG_ESPACE, NULL, buf, 0), need);
	ATF_CHECK_EQ(buf[0], 'x');
	regerror(12345, NULL, big, sizeof(big));
	ATF_CHECK(strlen(big) > 0);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, ebrack);
	ATF_TP_ADD_TC(tp, eparen);
	ATF_TP_ADD_TC(tp, ebrace_badbr);
	ATF_TP_ADD_TC(tp, erange);
	ATF_TP_ADD_TC(tp, ectype);
	ATF_TP_ADD_TC(tp, ecollate);
	ATF_TP_ADD_TC(tp, eescape);
	ATF_TP_ADD_TC(tp, esubreg);
	ATF_TP_ADD_TC(tp, badrpt);
	ATF_TP_ADD_TC(tp, empty);
	ATF_TP_ADD_TC(tp, espace);
	ATF_TP_ADD_TC(tp, valid_edge_patterns);
	ATF_TP_ADD_TC(tp, messages);
	ATF_TP_ADD_TC(tp, itoa);
	ATF_TP_ADD_TC(tp, atoi);
	ATF_TP_ADD_TC(tp, truncation);
	return atf_no_error();
}
