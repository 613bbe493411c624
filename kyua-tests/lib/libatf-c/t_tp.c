/*
 * t_tp.c: tests of the test-program protocol implemented by libatf-c:
 * the -l listing and its meta-data, the command line (-r, -s, -v,
 * case:part) and its usage errors, configuration variables, cleanup
 * routines and the warning printed outside kyua.  Each test runs a
 * helper mode of this same program (see h_run.h).
 */
#include <limits.h>

#include "h_run.h"

#define P "t_tp"

/* ---- helper cases (only registered with H_ATF_HELPERS set) ---- */

ATF_TC(h_md);
ATF_TC_HEAD(h_md, tc)
{
	atf_tc_set_md_var(tc, "descr", "Helper with %s", "meta-data");
	atf_tc_set_md_var(tc, "require.progs", "sh cat");
	atf_tc_set_md_var(tc, "X-custom", "value 1");
	atf_tc_set_md_var(tc, "timeout", "%d", 45);
}
ATF_TC_BODY(h_md, tc)
{
	ATF_REQUIRE(atf_tc_has_md_var(tc, "descr"));
	ATF_REQUIRE(!atf_tc_has_md_var(tc, "no-such-variable"));
	ATF_REQUIRE_STREQ(
	    atf_tc_get_md_var(tc, "descr"), "Helper with meta-data");
	ATF_REQUIRE_STREQ(atf_tc_get_md_var(tc, "timeout"), "45");
	ATF_REQUIRE_STREQ(atf_tc_get_md_var(tc, "ident"), "h_md");
	ATF_REQUIRE_STREQ(atf_tc_get_ident(tc), "h_md");
}

ATF_TC_WITHOUT_HEAD(h_nohead);
ATF_TC_BODY(h_nohead, tc)
{
	ATF_REQUIRE(!atf_tc_has_md_var(tc, "descr"));
	ATF_REQUIRE(!atf_tc_has_md_var(tc, "has.cleanup"));
}

ATF_TC_WITH_CLEANUP(h_cleanup);
ATF_TC_HEAD(h_cleanup, tc)
{
	atf_tc_set_md_var(tc, "descr", "Has a cleanup");
}
ATF_TC_BODY(h_cleanup, tc)
{
	atf_utils_create_file("body.done", "body\n");
}
ATF_TC_CLEANUP(h_cleanup, tc)
{
	atf_utils_create_file("cleanup.done", "cleanup\n");
}

ATF_TC_WITHOUT_HEAD(h_config);
ATF_TC_BODY(h_config, tc)
{
	ATF_REQUIRE(atf_tc_has_config_var(tc, "foo"));
	ATF_REQUIRE(!atf_tc_has_config_var(tc, "missing"));
	ATF_REQUIRE_STREQ(atf_tc_get_config_var(tc, "foo"), "bar baz");
	ATF_REQUIRE_STREQ(atf_tc_get_config_var_wd(tc, "foo", "d"), "bar baz");
	ATF_REQUIRE_STREQ(atf_tc_get_config_var_wd(tc, "missing", "d"), "d");
	ATF_REQUIRE_STREQ(atf_tc_get_config_var(tc, "empty"), "");
}

ATF_TC_WITHOUT_HEAD(h_config_bool);
ATF_TC_BODY(h_config_bool, tc)
{
	ATF_REQUIRE(atf_tc_get_config_var_as_bool(tc, "t1"));
	ATF_REQUIRE(atf_tc_get_config_var_as_bool(tc, "t2"));
	ATF_REQUIRE(!atf_tc_get_config_var_as_bool(tc, "f1"));
	ATF_REQUIRE(!atf_tc_get_config_var_as_bool(tc, "f2"));
	ATF_REQUIRE(atf_tc_get_config_var_as_bool_wd(tc, "missing", true));
	ATF_REQUIRE(!atf_tc_get_config_var_as_bool_wd(tc, "missing", false));
	ATF_REQUIRE(!atf_tc_get_config_var_as_bool_wd(tc, "f1", true));
}

ATF_TC_WITHOUT_HEAD(h_config_bool_bad);
ATF_TC_BODY(h_config_bool_bad, tc)
{
	atf_tc_get_config_var_as_bool(tc, "bad");
	atf_tc_fail("not reached");
}

ATF_TC_WITHOUT_HEAD(h_config_long);
ATF_TC_BODY(h_config_long, tc)
{
	ATF_REQUIRE_EQ(atf_tc_get_config_var_as_long(tc, "n"), 123);
	ATF_REQUIRE_EQ(atf_tc_get_config_var_as_long(tc, "neg"), -7);
	ATF_REQUIRE_EQ(atf_tc_get_config_var_as_long_wd(tc, "missing", 9), 9);
	ATF_REQUIRE_EQ(atf_tc_get_config_var_as_long_wd(tc, "n", 9), 123);
}

ATF_TC_WITHOUT_HEAD(h_config_long_bad);
ATF_TC_BODY(h_config_long_bad, tc)
{
	atf_tc_get_config_var_as_long(tc, "bad");
	atf_tc_fail("not reached");
}

ATF_TC_WITHOUT_HEAD(h_srcdir);
ATF_TC_BODY(h_srcdir, tc)
{
	atf_utils_create_file(
	    "srcdir.txt", "%s", atf_tc_get_config_var(tc, "srcdir"));
}

static atf_error_t
add_helpers(atf_tp_t *tp)
{
	ATF_TP_ADD_TC(tp, h_md);
	ATF_TP_ADD_TC(tp, h_nohead);
	ATF_TP_ADD_TC(tp, h_cleanup);
	ATF_TP_ADD_TC(tp, h_config);
	ATF_TP_ADD_TC(tp, h_config_bool);
	ATF_TP_ADD_TC(tp, h_config_bool_bad);
	ATF_TP_ADD_TC(tp, h_config_long);
	ATF_TP_ADD_TC(tp, h_config_long_bad);
	ATF_TP_ADD_TC(tp, h_srcdir);
	return atf_no_error();
}

/* ---- the tests ---- */

static void
run_list(const atf_tc_t *tc, struct hrun *r)
{
	const char *args[] = { "-l", NULL };

	h_run_argv(tc, P, args, true, r);
	ATF_REQUIRE(WIFEXITED(r->status));
	ATF_REQUIRE_EQ(WEXITSTATUS(r->status), 0);
}

ATF_TC_WITHOUT_HEAD(list_header);
ATF_TC_BODY(list_header, tc)
{
	struct hrun r;
	const char *hdr = "Content-Type: application/X-atf-tp; "
			  "version=\"1\"\n\nident: h_md\n";

	run_list(tc, &r);
	ATF_CHECK_EQ(strncmp(r.out, hdr, strlen(hdr)), 0);
	ATF_CHECK_STREQ(r.err, "");
}

ATF_TC_WITHOUT_HEAD(list_metadata);
ATF_TC_BODY(list_metadata, tc)
{
	struct hrun r;

	run_list(tc, &r);
	ATF_CHECK(
	    strstr(r.out,
		"ident: h_md\ndescr: Helper with meta-data\n"
		"require.progs: sh cat\nX-custom: value 1\ntimeout: 45\n\n") !=
	    NULL);
}

ATF_TC_WITHOUT_HEAD(list_no_head);
ATF_TC_BODY(list_no_head, tc)
{
	struct hrun r;

	run_list(tc, &r);
	ATF_CHECK(
	    strstr(r.out, "\n\nident: h_nohead\n\nident: h_cleanup\n") != NULL);
}

ATF_TC_WITHOUT_HEAD(list_cleanup);
ATF_TC_BODY(list_cleanup, tc)
{
	struct hrun r;

	run_list(tc, &r);
	ATF_CHECK(strstr(r.out,
		      "ident: h_cleanup\nhas.cleanup: true\n"
		      "descr: Has a cleanup\n") != NULL);
}

ATF_TC_WITHOUT_HEAD(list_order_and_end);
ATF_TC_BODY(list_order_and_end, tc)
{
	struct hrun r;
	const char *a, *b;
	size_t len;

	run_list(tc, &r);
	a = strstr(r.out, "ident: h_config\n");
	b = strstr(r.out, "ident: h_config_bool\n");
	ATF_REQUIRE(a != NULL && b != NULL);
	ATF_CHECK(a < b);
	len = strlen(r.out);
	ATF_REQUIRE(len > 2);
	ATF_CHECK_STREQ(
	    r.out + len - strlen("ident: h_srcdir\n"), "ident: h_srcdir\n");
}

ATF_TC_WITHOUT_HEAD(run_metadata_in_body);
ATF_TC_BODY(run_metadata_in_body, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_md", 0, "passed\n", &r);
	h_expect(tc, P, "h_nohead", 0, "passed\n", &r);
}

ATF_TC_WITHOUT_HEAD(run_body_part);
ATF_TC_BODY(run_body_part, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_cleanup:body", 0, "passed\n", &r);
	ATF_CHECK(atf_utils_file_exists("body.done"));
	ATF_CHECK(!atf_utils_file_exists("cleanup.done"));
}

ATF_TC_WITHOUT_HEAD(run_cleanup_part);
ATF_TC_BODY(run_cleanup_part, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_cleanup:cleanup", 0, "", &r);
	ATF_CHECK(atf_utils_file_exists("cleanup.done"));
	ATF_CHECK(!atf_utils_file_exists("body.done"));
}

ATF_TC_WITHOUT_HEAD(cleanup_without_routine);
ATF_TC_BODY(cleanup_without_routine, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_nohead:cleanup", 0, "", &r);
}

ATF_TC_WITHOUT_HEAD(default_resfile_stdout);
ATF_TC_BODY(default_resfile_stdout, tc)
{
	const char *args[] = { "h_nohead", NULL };
	struct hrun r;

	h_run_argv(tc, P, args, true, &r);
	ATF_REQUIRE(WIFEXITED(r.status));
	ATF_CHECK_EQ(WEXITSTATUS(r.status), 0);
	ATF_CHECK_STREQ(r.out, "passed\n");
}

ATF_TC_WITHOUT_HEAD(resfile_attached);
ATF_TC_BODY(resfile_attached, tc)
{
	const char *args[] = { "-rh.res", "h_nohead", NULL };
	struct hrun r;

	h_run_argv(tc, P, args, true, &r);
	ATF_CHECK_STREQ(r.result, "passed\n");
	ATF_CHECK_STREQ(r.out, "");
}

ATF_TC_WITHOUT_HEAD(warning_outside_kyua);
ATF_TC_BODY(warning_outside_kyua, tc)
{
	const char *args[] = { "-r", "h.res", "h_nohead", NULL };
	struct hrun r;

	h_run_argv(tc, P, args, false, &r);
	ATF_CHECK_STREQ(r.result, "passed\n");
	ATF_CHECK_MATCH("^t_tp: WARNING: Running test cases outside of "
			"kyua\\(1\\) is unsupported\n",
	    r.err);
	h_run_argv(tc, P, args, true, &r);
	ATF_CHECK_STREQ(r.err, "");
}

ATF_TC_WITHOUT_HEAD(config_vars);
ATF_TC_BODY(config_vars, tc)
{
	const char *args[] = { "-r", "h.res", "-v", "foo=bar baz",
		"-vempty=", "h_config", NULL };
	struct hrun r;

	h_run_argv(tc, P, args, true, &r);
	ATF_CHECK_STREQ(r.result, "passed\n");
}

ATF_TC_WITHOUT_HEAD(config_var_last_wins);
ATF_TC_BODY(config_var_last_wins, tc)
{
	const char *args[] = { "-r", "h.res", "-v", "foo=first", "-v",
		"foo=bar baz", "-v", "empty=", "h_config", NULL };
	struct hrun r;

	h_run_argv(tc, P, args, true, &r);
	ATF_CHECK_STREQ(r.result, "passed\n");
}

ATF_TC_WITHOUT_HEAD(config_bool);
ATF_TC_BODY(config_bool, tc)
{
	const char *args[] = { "-r", "h.res", "-vt1=yes", "-vt2=TRUE",
		"-vf1=no", "-vf2=false", "h_config_bool", NULL };
	struct hrun r;

	h_run_argv(tc, P, args, true, &r);
	ATF_CHECK_STREQ(r.result, "passed\n");
}

ATF_TC_WITHOUT_HEAD(config_bool_invalid);
ATF_TC_BODY(config_bool_invalid, tc)
{
	const char *args[] = { "-r", "h.res", "-vbad=maybe",
		"h_config_bool_bad", NULL };
	struct hrun r;

	h_run_argv(tc, P, args, true, &r);
	ATF_CHECK(WIFEXITED(r.status) && WEXITSTATUS(r.status) == 1);
	ATF_CHECK_STREQ(r.result,
	    "failed: Configuration variable bad does "
	    "not have a valid boolean value; found maybe\n");
}

ATF_TC_WITHOUT_HEAD(config_long);
ATF_TC_BODY(config_long, tc)
{
	const char *args[] = { "-r", "h.res", "-vn=123", "-vneg=-7",
		"h_config_long", NULL };
	struct hrun r;

	h_run_argv(tc, P, args, true, &r);
	ATF_CHECK_STREQ(r.result, "passed\n");
}

ATF_TC_WITHOUT_HEAD(config_long_invalid);
ATF_TC_BODY(config_long_invalid, tc)
{
	const char *args[] = { "-r", "h.res", "-vbad=12x", "h_config_long_bad",
		NULL };
	struct hrun r;

	h_run_argv(tc, P, args, true, &r);
	ATF_CHECK(WIFEXITED(r.status) && WEXITSTATUS(r.status) == 1);
	ATF_CHECK_STREQ(r.result,
	    "failed: Configuration variable bad does "
	    "not have a valid long value; found 12x\n");
}

ATF_TC_WITHOUT_HEAD(srcdir_default);
ATF_TC_BODY(srcdir_default, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_srcdir", 0, "passed\n", &r);
	ATF_CHECK(atf_utils_compare_file(
	    "srcdir.txt", atf_tc_get_config_var(tc, "srcdir")));
}

ATF_TC_WITHOUT_HEAD(srcdir_option);
ATF_TC_BODY(srcdir_option, tc)
{
	const char *srcdir = atf_tc_get_config_var(tc, "srcdir");
	const char *args[] = { "-r", "h.res", "-s", srcdir, "h_srcdir", NULL };
	struct hrun r;

	ATF_REQUIRE(srcdir[0] == '/');
	h_run_argv(tc, P, args, true, &r);
	ATF_CHECK_STREQ(r.result, "passed\n");
	ATF_CHECK(atf_utils_compare_file("srcdir.txt", srcdir));
}

ATF_TC_WITHOUT_HEAD(srcdir_wrong);
ATF_TC_BODY(srcdir_wrong, tc)
{
	const char *args[] = { "-r", "h.res", "-s", "/", "h_srcdir", NULL };
	struct hrun r;

	h_run_argv(tc, P, args, true, &r);
	ATF_CHECK(WIFEXITED(r.status) && WEXITSTATUS(r.status) == 1);
	ATF_CHECK_MATCH("t_tp: ERROR: Cannot find the test program in the "
			"source directory `/'",
	    r.err);
	ATF_CHECK_STREQ(r.result, "");
}

/* Runs the helper with args and expects a usage error matching re. */
static void
usage_error(const atf_tc_t *tc, const char *const *args, const char *re)
{
	struct hrun r;

	h_run_argv(tc, P, args, true, &r);
	ATF_REQUIRE(WIFEXITED(r.status));
	ATF_CHECK_EQ(WEXITSTATUS(r.status), 1);
	ATF_CHECK_MATCH(re, r.err);
	ATF_CHECK_MATCH("See atf-test-program\\(1\\) for usage details", r.err);
	ATF_CHECK_STREQ(r.result, "");
}

ATF_TC_WITHOUT_HEAD(usage_unknown_case);
ATF_TC_BODY(usage_unknown_case, tc)
{
	const char *args[] = { "-r", "h.res", "nope", NULL };

	usage_error(tc, args, "^t_tp: ERROR: Unknown test case `nope'\n");
}

ATF_TC_WITHOUT_HEAD(usage_unknown_option);
ATF_TC_BODY(usage_unknown_option, tc)
{
	const char *args[] = { "-x", "h_nohead", NULL };

	usage_error(tc, args, "ERROR: Unknown option -x\\.");
}

ATF_TC_WITHOUT_HEAD(usage_missing_argument);
ATF_TC_BODY(usage_missing_argument, tc)
{
	const char *args[] = { "-r", NULL };

	usage_error(tc, args, "ERROR: .*-r");
}

ATF_TC_WITHOUT_HEAD(usage_bad_part);
ATF_TC_BODY(usage_bad_part, tc)
{
	const char *args[] = { "-r", "h.res", "h_nohead:head", NULL };

	usage_error(tc, args, "ERROR: Invalid test case part `head'");
}

ATF_TC_WITHOUT_HEAD(usage_no_case);
ATF_TC_BODY(usage_no_case, tc)
{
	const char *args[] = { "-r", "h.res", NULL };

	usage_error(tc, args, "ERROR: Must provide a test case name");
}

ATF_TC_WITHOUT_HEAD(usage_two_cases);
ATF_TC_BODY(usage_two_cases, tc)
{
	const char *args[] = { "-r", "h.res", "h_md", "h_nohead", NULL };

	usage_error(tc, args, "ERROR: ");
}

ATF_TC_WITHOUT_HEAD(usage_list_with_case);
ATF_TC_BODY(usage_list_with_case, tc)
{
	const char *args[] = { "-l", "h_md", NULL };

	usage_error(tc, args, "ERROR: ");
}

ATF_TC_WITHOUT_HEAD(usage_bad_variable);
ATF_TC_BODY(usage_bad_variable, tc)
{
	const char *args[] = { "-v", "novalue", "h_config", NULL };

	usage_error(tc, args, "ERROR: ");
}

ATF_TP_ADD_TCS(tp)
{
	if (getenv("H_ATF_HELPERS") != NULL)
		return add_helpers(tp);
	ATF_TP_ADD_TC(tp, list_header);
	ATF_TP_ADD_TC(tp, list_metadata);
	ATF_TP_ADD_TC(tp, list_no_head);
	ATF_TP_ADD_TC(tp, list_cleanup);
	ATF_TP_ADD_TC(tp, list_order_and_end);
	ATF_TP_ADD_TC(tp, run_metadata_in_body);
	ATF_TP_ADD_TC(tp, run_body_part);
	ATF_TP_ADD_TC(tp, run_cleanup_part);
	ATF_TP_ADD_TC(tp, cleanup_without_routine);
	ATF_TP_ADD_TC(tp, default_resfile_stdout);
	ATF_TP_ADD_TC(tp, resfile_attached);
	ATF_TP_ADD_TC(tp, warning_outside_kyua);
	ATF_TP_ADD_TC(tp, config_vars);
	ATF_TP_ADD_TC(tp, config_var_last_wins);
	ATF_TP_ADD_TC(tp, config_bool);
	ATF_TP_ADD_TC(tp, config_bool_invalid);
	ATF_TP_ADD_TC(tp, config_long);
	ATF_TP_ADD_TC(tp, config_long_invalid);
	ATF_TP_ADD_TC(tp, srcdir_default);
	ATF_TP_ADD_TC(tp, srcdir_option);
	ATF_TP_ADD_TC(tp, srcdir_wrong);
	ATF_TP_ADD_TC(tp, usage_unknown_case);
	ATF_TP_ADD_TC(tp, usage_unknown_option);
	ATF_TP_ADD_TC(tp, usage_missing_argument);
	ATF_TP_ADD_TC(tp, usage_bad_part);
	ATF_TP_ADD_TC(tp, usage_no_case);
	ATF_TP_ADD_TC(tp, usage_two_cases);
	ATF_TP_ADD_TC(tp, usage_list_with_case);
	ATF_TP_ADD_TC(tp, usage_bad_variable);
	return atf_no_error();
}
