/*
 * t_basename: basename and dirname tables (POSIX semantics), argument
 * left untouched, static storage, overlong input.
 */
#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <atf-c.h>

#include "h_tc.h"

static const struct {
	const char *path, *base, *dir;
} table[] = {
	{ "/usr/lib", "lib", "/usr" },
	{ "/usr/", "usr", "/" },
	{ "usr", "usr", "." },
	{ "/", "/", "/" },
	{ "//", "/", "/" },
	{ "///", "/", "/" },
	{ ".", ".", "." },
	{ "..", "..", "." },
	{ "", ".", "." },
	{ "a/b/", "b", "a" },
	{ "a//b//", "b", "a" },
	{ "//a//b", "b", "//a" },
	{ "/a", "a", "/" },
	{ "//a", "a", "/" },
	{ "a/", "a", "." },
	{ "./a", "a", "." },
	{ "../../x", "x", "../.." },
};

TC(basename_table, "basename over a table of POSIX cases")
{
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		char buf[64];

		strcpy(buf, table[i].path);
		ATF_CHECK_STREQ_MSG(basename(buf), table[i].base,
		    "basename(\"%s\")", table[i].path);
		ATF_CHECK_STREQ_MSG(buf, table[i].path, "argument changed");
	}
	ATF_CHECK_STREQ(basename(NULL), ".");
}

TC(dirname_table, "dirname over a table of POSIX cases")
{
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		char buf[64];

		strcpy(buf, table[i].path);
		ATF_CHECK_STREQ_MSG(dirname(buf), table[i].dir,
		    "dirname(\"%s\")", table[i].path);
		ATF_CHECK_STREQ_MSG(buf, table[i].path, "argument changed");
	}
	ATF_CHECK_STREQ(dirname(NULL), ".");
}

TC(static_storage, "the result lives in static storage, not the argument")
{
	char a[] = "/x/one", b[] = "/y/two";
	char *r1 = basename(a), *r2 = basename(b);

	ATF_CHECK(r1 == r2);
	ATF_CHECK(r1 < a || r1 >= a + sizeof(a));
	ATF_CHECK_STREQ(r2, "two");
	ATF_CHECK(dirname(a) == dirname(b));
}

TC(too_long, "components longer than PATH_MAX are ENAMETOOLONG")
{
	char *p = malloc(PATH_MAX + 10);

	ATF_REQUIRE(p != NULL);
	memset(p, 'a', PATH_MAX + 8);
	p[PATH_MAX + 8] = '\0';
	errno = 0;
	ATF_CHECK(basename(p) == NULL);
	ATF_CHECK_EQ(errno, ENAMETOOLONG);
	p[0] = '/';
	p[PATH_MAX + 5] = '/';
	errno = 0;
	ATF_CHECK(dirname(p) == NULL);
	ATF_CHECK_EQ(errno, ENAMETOOLONG);
	p[10] = '/';
	p[11] = '\0';
	ATF_CHECK_STREQ(basename(p), "aaaaaaaaa");
	free(p);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, basename_table);
	ATF_TP_ADD_TC(tp, dirname_table);
	ATF_TP_ADD_TC(tp, static_storage);
	ATF_TP_ADD_TC(tp, too_long);
	return atf_no_error();
}
