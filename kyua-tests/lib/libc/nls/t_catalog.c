/*
 * t_catalog: catopen(3), catgets(3) and catclose(3) on catalogues built
 * by gencat(1): messages and the default string for a missing set or
 * message, the NLSPATH substitutions (%N %L %l %t %c %%), LANG versus
 * NL_CAT_LOCALE, zero-length NLSPATH templates (POSIX: the same as %N),
 * and the errors for bad descriptors, missing files and files that are
 * not catalogues.
 */
#include <atf-c.h>
#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <nl_types.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "h_gencat.h"

#include "h_tc.h"

#define SRC "1 one\n2 two\n$set 7\n3 seven-three\n"

static char cwd[PATH_MAX];

/* gencat ready, the current directory known, a clean environment. */
static void
setup(const atf_tc_t *tc)
{
	find_gencat(tc, "../../../..");
	ATF_REQUIRE(getcwd(cwd, sizeof(cwd)) != NULL);
	unsetenv("NLSPATH");
	unsetenv("LANG");
}

static void
set_nlspath(const char *tmpl)
{
	char buf[PATH_MAX + 64];

	snprintf(buf, sizeof(buf), "%s/%s", cwd, tmpl);
	ATF_REQUIRE_EQ(setenv("NLSPATH", buf, 1), 0);
}

/* The catalogue must give SRC's first message. */
static void
check_cat(nl_catd c)
{
	ATF_REQUIRE_MSG(c != (nl_catd)-1, "catopen: %s", strerror(errno));
	ATF_CHECK_STREQ(catgets(c, NL_SETD, 1, "x"), "one");
	ATF_CHECK_EQ(catclose(c), 0);
}

TC(open_by_path, "a name with a slash is a path; messages come back")
{
	nl_catd c;

	setup(tc);
	make_cat("a.cat", SRC);
	c = catopen("./a.cat", 0);
	ATF_REQUIRE(c != (nl_catd)-1);
	ATF_CHECK_STREQ(catgets(c, 1, 1, "x"), "one");
	ATF_CHECK_STREQ(catgets(c, 1, 2, "x"), "two");
	ATF_CHECK_STREQ(catgets(c, 7, 3, "x"), "seven-three");
	ATF_CHECK_EQ(catclose(c), 0);
}

TC(missing_message,
    "a missing message or set gives the default string "
    "and ENOMSG")
{
	const char *def = "default";
	nl_catd c;

	setup(tc);
	make_cat("a.cat", SRC);
	ATF_REQUIRE((c = catopen("./a.cat", 0)) != (nl_catd)-1);
	errno = 0;
	ATF_CHECK(catgets(c, 1, 3, def) == def);
	ATF_CHECK_EQ(errno, ENOMSG);
	errno = 0;
	ATF_CHECK(catgets(c, 2, 1, def) == def);
	ATF_CHECK_EQ(errno, ENOMSG);
	ATF_CHECK(catgets(c, 7, 1, def) == def);
	ATF_CHECK(catgets(c, 0, 0, def) == def);
	ATF_CHECK(catgets(c, -1, 1, def) == def);
	ATF_CHECK(catgets(c, 1, NL_MSGMAX + 1, NULL) == NULL);
	catclose(c);
}

TC(bad_catd, "catgets and catclose on a failed catopen: EBADF")
{
	const char *def = "d";

	errno = 0;
	ATF_CHECK(catgets((nl_catd)-1, 1, 1, def) == def);
	ATF_CHECK_EQ(errno, EBADF);
	errno = 0;
	ATF_CHECK(catgets(NULL, 1, 1, def) == def);
	ATF_CHECK_EQ(errno, EBADF);
	errno = 0;
	ATF_CHECK_EQ(catclose((nl_catd)-1), -1);
	ATF_CHECK_EQ(errno, EBADF);
	errno = 0;
	ATF_CHECK_EQ(catclose(NULL), -1);
	ATF_CHECK_EQ(errno, EBADF);
}

TC(missing_file, "a missing catalogue is (nl_catd)-1 with ENOENT")
{
	setup(tc);
	errno = 0;
	ATF_CHECK(catopen("./nonexistent.cat", 0) == (nl_catd)-1);
	ATF_CHECK_EQ(errno, ENOENT);
	set_nlspath("%N.cat");
	errno = 0;
	ATF_CHECK(catopen("nonexistent", 0) == (nl_catd)-1);
	ATF_CHECK_EQ(errno, ENOENT);
}

TC(bad_name, "a NULL or empty name is ENOENT")
{
	errno = 0;
	ATF_CHECK(catopen(NULL, 0) == (nl_catd)-1);
	ATF_CHECK_EQ(errno, ENOENT);
	errno = 0;
	ATF_CHECK(catopen("", NL_CAT_LOCALE) == (nl_catd)-1);
	ATF_CHECK_EQ(errno, ENOENT);
}

TC(not_a_catalogue,
    "a file that is not a catalogue, or a directory, is "
    "EFTYPE")
{
	setup(tc);
	write_file("text.cat", "this is plain text, not a message catalogue\n");
	errno = 0;
	ATF_CHECK(catopen("./text.cat", 0) == (nl_catd)-1);
	ATF_CHECK_EQ(errno, EFTYPE);
	write_file("short.cat", "\xff\x88");
	errno = 0;
	ATF_CHECK(catopen("./short.cat", 0) == (nl_catd)-1);
	ATF_CHECK_EQ(errno, EFTYPE);
	ATF_REQUIRE_EQ(mkdir("dir.cat", 0755), 0);
	errno = 0;
	ATF_CHECK(catopen("./dir.cat", 0) == (nl_catd)-1);
	ATF_CHECK_EQ(errno, EFTYPE);
}

/* Copy a.cat to b.cat with byte `at' replaced by `v' or cut at `at'. */
static void
damage(long at, int v)
{
	FILE *in = fopen("a.cat", "rb"), *out = fopen("b.cat", "wb");
	long i;
	int c;

	ATF_REQUIRE(in != NULL && out != NULL);
	for (i = 0; (c = getc(in)) != EOF; i++) {
		if (i == at && v < 0)
			break;
		putc(i == at ? v : c, out);
	}
	fclose(in);
	fclose(out);
}

TC(damaged,
    "a truncated catalogue or one with offsets or lengths "
    "outside the file is EFTYPE")
{
	static const long fields[] = { 0, 7, 11, 15, 19, 27, 31, 47, 51 };
	size_t i;

	setup(tc);
	make_cat("a.cat", SRC);
	damage(30, -1);
	errno = 0;
	ATF_CHECK(catopen("./b.cat", 0) == (nl_catd)-1);
	ATF_CHECK_EQ(errno, EFTYPE);
	for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
		damage(fields[i], 0x7f);
		errno = 0;
		ATF_CHECK_MSG(catopen("./b.cat", 0) == (nl_catd)-1,
		    "byte %ld changed", fields[i]);
		ATF_CHECK_EQ(errno, EFTYPE);
	}
	/* Damage to a text byte other than its NUL is harmless. */
	damage(85, 'X');
	check_cat(catopen("./b.cat", 0));
}

TC(nlspath_name, "NLSPATH's %N is the name")
{
	setup(tc);
	make_cat("app.cat", SRC);
	set_nlspath("%N.cat");
	check_cat(catopen("app", 0));
}

TC(nlspath_locale, "%L is LANG's value when oflag is 0")
{
	setup(tc);
	ATF_REQUIRE_EQ(mkdir("fr_FR.ISO8859-1", 0755), 0);
	make_cat("fr_FR.ISO8859-1/app.cat", SRC);
	set_nlspath("%L/%N.cat");
	ATF_REQUIRE_EQ(setenv("LANG", "fr_FR.ISO8859-1", 1), 0);
	check_cat(catopen("app", 0));
}

TC(nlspath_parts,
    "%l, %t and %c are the language, territory and codeset "
    "of the locale name")
{
	setup(tc);
	ATF_REQUIRE_EQ(mkdir("de", 0755), 0);
	ATF_REQUIRE_EQ(mkdir("de/AT", 0755), 0);
	ATF_REQUIRE_EQ(mkdir("de/AT/UTF-8", 0755), 0);
	make_cat("de/AT/UTF-8/app", SRC);
	set_nlspath("%l/%t/%c/%N");
	ATF_REQUIRE_EQ(setenv("LANG", "de_AT.UTF-8", 1), 0);
	check_cat(catopen("app", 0));
}

TC(nlspath_empty_parts,
    "a locale without territory or codeset gives "
    "empty %t and %c")
{
	setup(tc);
	make_cat("ja--app", SRC);
	set_nlspath("%l-%t-%c%N");
	ATF_REQUIRE_EQ(setenv("LANG", "ja", 1), 0);
	check_cat(catopen("app", 0));
}

TC(nlspath_percent, "%% is a percent sign; an unknown %x stays as it is")
{
	setup(tc);
	make_cat("100%-app-%x", SRC);
	set_nlspath("100%%-%N-%x");
	check_cat(catopen("app", 0));
}

TC(nlspath_list, "NLSPATH's templates are tried in order")
{
	char buf[3 * PATH_MAX];

	setup(tc);
	ATF_REQUIRE_EQ(mkdir("second", 0755), 0);
	make_cat("second/app.cat", SRC);
	snprintf(
	    buf, sizeof(buf), "%s/first/%%N.cat::%s/second/%%N.cat", cwd, cwd);
	ATF_REQUIRE_EQ(setenv("NLSPATH", buf, 1), 0);
	check_cat(catopen("app", 0));
}

TC(nl_cat_locale, "NL_CAT_LOCALE takes the LC_MESSAGES locale, not LANG")
{
	setup(tc);
	ATF_REQUIRE_EQ(mkdir("C.UTF-8", 0755), 0);
	make_cat("C.UTF-8/app.cat", SRC);
	set_nlspath("%L/%N.cat");
	ATF_REQUIRE_EQ(setenv("LANG", "xx_YY", 1), 0);
	ATF_REQUIRE(setlocale(LC_MESSAGES, "C.UTF-8") != NULL);
	check_cat(catopen("app", NL_CAT_LOCALE));
	errno = 0;
	ATF_CHECK(catopen("app", 0) == (nl_catd)-1);
	ATF_CHECK_EQ(errno, ENOENT);
}

TC(lang_unset, "without LANG the locale is C")
{
	setup(tc);
	ATF_REQUIRE_EQ(mkdir("C", 0755), 0);
	make_cat("C/app.cat", SRC);
	set_nlspath("%L/%N.cat");
	check_cat(catopen("app", 0));
	ATF_REQUIRE_EQ(setenv("LANG", "", 1), 0);
	check_cat(catopen("app", 0));
}

TC(two_catalogues, "two catalogues open at once are independent")
{
	nl_catd a, b;

	setup(tc);
	make_cat("a.cat", "1 from-a\n");
	make_cat("b.cat", "1 from-b\n2 only-b\n");
	ATF_REQUIRE((a = catopen("./a.cat", 0)) != (nl_catd)-1);
	ATF_REQUIRE((b = catopen("./b.cat", 0)) != (nl_catd)-1);
	ATF_CHECK_STREQ(catgets(a, 1, 1, "x"), "from-a");
	ATF_CHECK_STREQ(catgets(b, 1, 1, "x"), "from-b");
	ATF_CHECK_STREQ(catgets(a, 1, 2, "none"), "none");
	ATF_CHECK_EQ(catclose(a), 0);
	ATF_CHECK_STREQ(catgets(b, 1, 2, "x"), "only-b");
	ATF_CHECK_EQ(catclose(b), 0);
}

TC(file_replaced,
    "the messages stay valid when the file changes after "
    "catopen")
{
	nl_catd c;
	char *m;

	setup(tc);
	make_cat("a.cat", SRC);
	ATF_REQUIRE((c = catopen("./a.cat", 0)) != (nl_catd)-1);
	m = catgets(c, 1, 2, "x");
	ATF_REQUIRE_EQ(unlink("a.cat"), 0);
	make_cat("a.cat", "2 changed\n");
	ATF_CHECK_STREQ(m, "two");
	ATF_CHECK_STREQ(catgets(c, 1, 2, "x"), "two");
	catclose(c);
}

TC(empty_catalogue,
    "a catalogue with no message opens; every lookup "
    "gives the default")
{
	nl_catd c;

	setup(tc);
	make_cat("e.cat", "$ nothing here\n");
	ATF_REQUIRE((c = catopen("./e.cat", 0)) != (nl_catd)-1);
	ATF_CHECK_STREQ(catgets(c, 1, 1, "dflt"), "dflt");
	ATF_CHECK_EQ(catclose(c), 0);
}

TC(many_messages, "binary search over many sets and messages")
{
	char src[64 * 1024], want[32];
	size_t o = 0;
	int s, m, bad = 0;
	nl_catd c;

	setup(tc);
	for (s = 1; s <= 40; s += 3) {
		o += (size_t)snprintf(src + o, sizeof(src) - o, "$set %d\n", s);
		for (m = 2; m <= 60; m += 2)
			o += (size_t)snprintf(
			    src + o, sizeof(src) - o, "%d s%dm%d\n", m, s, m);
	}
	make_cat("big.cat", src);
	ATF_REQUIRE((c = catopen("./big.cat", 0)) != (nl_catd)-1);
	for (s = 0; s <= 41; s++)
		for (m = 0; m <= 61; m++) {
			snprintf(want, sizeof(want), "s%dm%d", s, m);
			if (strcmp(catgets(c, s, m, "-"),
				s % 3 == 1 && m % 2 == 0 && m > 0 ? want
								  : "-") != 0)
				bad++;
		}
	ATF_CHECK_EQ(bad, 0);
	catclose(c);
}

TC(nlspath_too_long,
    "a template longer than PATH_MAX once expanded is "
    "ENAMETOOLONG")
{
	static char buf[PATH_MAX + 64];

	setup(tc);
	buf[0] = '/';
	memset(buf + 1, 'a', PATH_MAX);
	strcpy(buf + 1 + PATH_MAX, "/%N");
	ATF_REQUIRE_EQ(setenv("NLSPATH", buf, 1), 0);
	errno = 0;
	ATF_CHECK(catopen("app", 0) == (nl_catd)-1);
	ATF_CHECK_EQ(errno, ENAMETOOLONG);
}

TC(default_path,
    "without NLSPATH the default templates under "
    "/usr/share/nls are searched")
{
	setup(tc);
	errno = 0;
	ATF_CHECK(catopen("bulkhead-no-such-catalogue", 0) == (nl_catd)-1);
	ATF_CHECK_EQ(errno, ENOENT);
	ATF_REQUIRE_EQ(setenv("NLSPATH", "", 1), 0);
	errno = 0;
	ATF_CHECK(catopen("bulkhead-no-such-catalogue", 0) == (nl_catd)-1);
	ATF_CHECK_EQ(errno, ENOENT);
}

/* Sets NLSPATH to fmt with every %s replaced by the directory. */
static void
set_nlspath_fmt(const char *fmt)
{
	char buf[4 * PATH_MAX];

	snprintf(buf, sizeof(buf), fmt, cwd, cwd);
	ATF_REQUIRE_EQ(setenv("NLSPATH", buf, 1), 0);
}

TC(nlspath_leading_colon,
    "a leading colon is a zero-length template: %N, the name itself")
{
	setup(tc);
	make_cat("app", SRC);
	set_nlspath_fmt(":%s/nowhere/%%N.cat");
	check_cat(catopen("app", 0));
}

TC(nlspath_double_colon, "two adjacent colons are a %N template")
{
	setup(tc);
	make_cat("app", SRC);
	set_nlspath_fmt("%s/nowhere/%%N::%s/nowhere2/%%N");
	check_cat(catopen("app", 0));
}

TC(nlspath_trailing_colon, "a trailing colon is a %N template too")
{
	setup(tc);
	make_cat("app", SRC);
	set_nlspath_fmt("%s/nowhere/%%N:");
	check_cat(catopen("app", 0));
}

TC(nlspath_only_colon, "NLSPATH \":\" is two %N templates")
{
	setup(tc);
	make_cat("app", SRC);
	ATF_REQUIRE_EQ(setenv("NLSPATH", ":", 1), 0);
	check_cat(catopen("app", 0));
}

TC(nlspath_empty_template_order,
    "the zero-length template is tried in its place in the list")
{
	nl_catd c;

	setup(tc);
	ATF_REQUIRE_EQ(mkdir("d", 0755), 0);
	make_cat("app", "1 from-cwd\n");
	make_cat("d/app.cat", "1 from-d\n");
	set_nlspath_fmt(":%s/d/%%N.cat");
	ATF_REQUIRE((c = catopen("app", 0)) != (nl_catd)-1);
	ATF_CHECK_STREQ(catgets(c, NL_SETD, 1, "x"), "from-cwd");
	ATF_CHECK_EQ(catclose(c), 0);
	set_nlspath_fmt("%s/d/%%N.cat:");
	ATF_REQUIRE((c = catopen("app", 0)) != (nl_catd)-1);
	ATF_CHECK_STREQ(catgets(c, NL_SETD, 1, "x"), "from-d");
	ATF_CHECK_EQ(catclose(c), 0);
}

TC(nlspath_no_implicit_name,
    "without a zero-length template the bare name is not tried")
{
	setup(tc);
	make_cat("app", SRC);
	set_nlspath_fmt("%s/nowhere/%%N:%s/nowhere2/%%N");
	errno = 0;
	ATF_CHECK(catopen("app", 0) == (nl_catd)-1);
	ATF_CHECK_EQ(errno, ENOENT);
}

TC(nlspath_empty_template_bad_file,
    "a non-catalogue found by the %N template is skipped, and "
    "reported as EFTYPE if nothing else is found")
{
	setup(tc);
	ATF_REQUIRE_EQ(mkdir("d", 0755), 0);
	write_file("app", "plain text\n");
	set_nlspath_fmt(":%s/nowhere/%%N");
	errno = 0;
	ATF_CHECK(catopen("app", 0) == (nl_catd)-1);
	ATF_CHECK_EQ(errno, EFTYPE);
	make_cat("d/app.cat", SRC);
	set_nlspath_fmt(":%s/d/%%N.cat");
	check_cat(catopen("app", 0));
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, open_by_path);
	ATF_TP_ADD_TC(tp, missing_message);
	ATF_TP_ADD_TC(tp, bad_catd);
	ATF_TP_ADD_TC(tp, missing_file);
	ATF_TP_ADD_TC(tp, bad_name);
	ATF_TP_ADD_TC(tp, not_a_catalogue);
	ATF_TP_ADD_TC(tp, damaged);
	ATF_TP_ADD_TC(tp, nlspath_name);
	ATF_TP_ADD_TC(tp, nlspath_locale);
	ATF_TP_ADD_TC(tp, nlspath_parts);
	ATF_TP_ADD_TC(tp, nlspath_empty_parts);
	ATF_TP_ADD_TC(tp, nlspath_percent);
	ATF_TP_ADD_TC(tp, nlspath_list);
	ATF_TP_ADD_TC(tp, nl_cat_locale);
	ATF_TP_ADD_TC(tp, lang_unset);
	ATF_TP_ADD_TC(tp, two_catalogues);
	ATF_TP_ADD_TC(tp, file_replaced);
	ATF_TP_ADD_TC(tp, empty_catalogue);
	ATF_TP_ADD_TC(tp, many_messages);
	ATF_TP_ADD_TC(tp, nlspath_too_long);
	ATF_TP_ADD_TC(tp, default_path);
	ATF_TP_ADD_TC(tp, nlspath_leading_colon);
	ATF_TP_ADD_TC(tp, nlspath_double_colon);
	ATF_TP_ADD_TC(tp, nlspath_trailing_colon);
	ATF_TP_ADD_TC(tp, nlspath_only_colon);
	ATF_TP_ADD_TC(tp, nlspath_empty_template_order);
	ATF_TP_ADD_TC(tp, nlspath_no_implicit_name);
	ATF_TP_ADD_TC(tp, nlspath_empty_template_bad_file);
	return atf_no_error();
}
