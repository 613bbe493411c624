/*
 * t_strtok: strtok, strtok_r and strsep tokenising.
 */
#include <atf-c.h>
#include <string.h>

#include "h_tc.h"

TC(strtok_runs, "strtok skips runs of delimiters and returns NULL at end")
{
	char buf[] = "  alpha,, beta ,gamma  ";

	ATF_CHECK_STREQ(strtok(buf, " ,"), "alpha");
	ATF_CHECK_STREQ(strtok(NULL, " ,"), "beta");
	ATF_CHECK_STREQ(strtok(NULL, " ,"), "gamma");
	ATF_CHECK(strtok(NULL, " ,") == NULL);
	ATF_CHECK(strtok(NULL, " ,") == NULL);
}

TC(strtok_only_delims, "strtok on a string of only delimiters gives NULL")
{
	char buf[] = ",,,";
	char empty[] = "";

	ATF_CHECK(strtok(buf, ",") == NULL);
	ATF_CHECK(strtok(empty, ",") == NULL);
}

TC(strtok_r_interleaved,
    "two strtok_r scans with separate state can be "
    "interleaved")
{
	char a[] = "1 2 3", b[] = "x:y";
	char *la, *lb;

	ATF_CHECK_STREQ(strtok_r(a, " ", &la), "1");
	ATF_CHECK_STREQ(strtok_r(b, ":", &lb), "x");
	ATF_CHECK_STREQ(strtok_r(NULL, " ", &la), "2");
	ATF_CHECK_STREQ(strtok_r(NULL, ":", &lb), "y");
	ATF_CHECK_STREQ(strtok_r(NULL, " ", &la), "3");
	ATF_CHECK(strtok_r(NULL, ":", &lb) == NULL);
	ATF_CHECK(strtok_r(NULL, " ", &la) == NULL);
}

TC(strtok_delims_change, "the delimiter set may change between calls")
{
	char buf[] = "a=b;c=d";
	char *last;

	ATF_CHECK_STREQ(strtok_r(buf, "=", &last), "a");
	ATF_CHECK_STREQ(strtok_r(NULL, ";", &last), "b");
	ATF_CHECK_STREQ(strtok_r(NULL, "=", &last), "c");
	ATF_CHECK_STREQ(strtok_r(NULL, "=", &last), "d");
}

TC(strsep_empty_fields,
    "strsep returns empty fields and sets the pointer "
    "to NULL after the last field")
{
	char buf[] = "a,,b,";
	char *p = buf;

	ATF_CHECK_STREQ(strsep(&p, ","), "a");
	ATF_CHECK_STREQ(strsep(&p, ","), "");
	ATF_CHECK_STREQ(strsep(&p, ","), "b");
	ATF_CHECK_STREQ(strsep(&p, ","), "");
	ATF_CHECK(p == NULL);
	ATF_CHECK(strsep(&p, ",") == NULL);
}

TC(strsep_multi_delims, "strsep splits on any of several delimiters")
{
	char buf[] = "k=v;x";
	char *p = buf;

	ATF_CHECK_STREQ(strsep(&p, "=;"), "k");
	ATF_CHECK_STREQ(strsep(&p, "=;"), "v");
	ATF_CHECK_STREQ(strsep(&p, "=;"), "x");
	ATF_CHECK(p == NULL);
}

TC(stresep_escapes,
    "stresep keeps escaped delimiters and drops the "
    "escape characters")
{
	char buf[] = "a\\:b:c\\\\d:";
	char *p = buf;

	ATF_CHECK_STREQ(stresep(&p, ":", '\\'), "a:b");
	ATF_CHECK_STREQ(stresep(&p, ":", '\\'), "c\\d");
	ATF_CHECK_STREQ(stresep(&p, ":", '\\'), "");
	ATF_CHECK(p == NULL);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, strtok_runs);
	ATF_TP_ADD_TC(tp, strtok_only_delims);
	ATF_TP_ADD_TC(tp, strtok_r_interleaved);
	ATF_TP_ADD_TC(tp, strtok_delims_change);
	ATF_TP_ADD_TC(tp, strsep_empty_fields);
	ATF_TP_ADD_TC(tp, strsep_multi_delims);
	ATF_TP_ADD_TC(tp, stresep_escapes);
	return atf_no_error();
}
