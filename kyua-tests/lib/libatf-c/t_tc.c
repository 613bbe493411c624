/*
 * t_tc.c: tests of how libatf-c reports test-case results: the result
 * file line and exit status for passes, failures (fatal and not), skips
 * and every expectation, and the messages of the ATF_CHECK* macros.
 * Each test runs a helper case of this same program (see h_run.h).
 */
#include <errno.h>
#include <signal.h>

#include "h_run.h"

/* ---- helper cases (only registered with H_ATF_HELPERS set) ---- */

ATF_TC_WITHOUT_HEAD(h_pass);
ATF_TC_BODY(h_pass, tc)
{
	ATF_CHECK(1);
	ATF_REQUIRE(1);
}

ATF_TC_WITHOUT_HEAD(h_explicit_pass);
ATF_TC_BODY(h_explicit_pass, tc)
{
	atf_tc_pass();
	atf_tc_fail("not reached");
}

ATF_TC_WITHOUT_HEAD(h_fail);
ATF_TC_BODY(h_fail, tc)
{
	atf_tc_fail("broken %d", 42);
}

ATF_TC_WITHOUT_HEAD(h_require);
ATF_TC_BODY(h_require, tc)
{
	ATF_REQUIRE(2 + 2 == 5);
	atf_utils_create_file("not-reached", "x");
}

ATF_TC_WITHOUT_HEAD(h_checks);
ATF_TC_BODY(h_checks, tc)
{
	ATF_CHECK(0);
	ATF_CHECK_MSG(1 == 2, "custom %s", "message");
	atf_utils_create_file("continued", "x");
}

ATF_TC_WITHOUT_HEAD(h_fail_nonfatal);
ATF_TC_BODY(h_fail_nonfatal, tc)
{
	atf_tc_fail_nonfatal("first");
	atf_tc_fail_nonfatal("second");
	atf_tc_fail_nonfatal("third");
}

ATF_TC_WITHOUT_HEAD(h_skip);
ATF_TC_BODY(h_skip, tc)
{
	atf_tc_skip("not supported on %s", "this machine");
}

ATF_TC_WITHOUT_HEAD(h_xfail_check);
ATF_TC_BODY(h_xfail_check, tc)
{
	atf_tc_expect_fail("bug %d", 7);
	ATF_CHECK(0);
	ATF_CHECK(0);
}

ATF_TC_WITHOUT_HEAD(h_xfail_require);
ATF_TC_BODY(h_xfail_require, tc)
{
	atf_tc_expect_fail("bug");
	atf_tc_fail("the bug");
}

ATF_TC_WITHOUT_HEAD(h_xfail_none);
ATF_TC_BODY(h_xfail_none, tc)
{
	atf_tc_expect_fail("bug");
}

ATF_TC_WITHOUT_HEAD(h_xfail_pass);
ATF_TC_BODY(h_xfail_pass, tc)
{
	atf_tc_expect_fail("bug");
	atf_tc_pass();
}

ATF_TC_WITHOUT_HEAD(h_xfail_then_pass);
ATF_TC_BODY(h_xfail_then_pass, tc)
{
	atf_tc_expect_fail("bug");
	ATF_CHECK(0);
	atf_tc_expect_pass();
	ATF_CHECK(0);
}

ATF_TC_WITHOUT_HEAD(h_skip_in_xfail);
ATF_TC_BODY(h_skip_in_xfail, tc)
{
	atf_tc_expect_fail("bug");
	atf_tc_skip("cannot");
}

ATF_TC_WITHOUT_HEAD(h_xexit);
ATF_TC_BODY(h_xexit, tc)
{
	atf_tc_expect_exit(3, "exits %s", "early");
	exit(3);
}

ATF_TC_WITHOUT_HEAD(h_xexit_any);
ATF_TC_BODY(h_xexit_any, tc)
{
	atf_tc_expect_exit(-1, "any code");
	exit(9);
}

ATF_TC_WITHOUT_HEAD(h_xexit_continue);
ATF_TC_BODY(h_xexit_continue, tc)
{
	atf_tc_expect_exit(0, "should exit");
}

ATF_TC_WITHOUT_HEAD(h_xsignal);
ATF_TC_BODY(h_xsignal, tc)
{
	atf_tc_expect_signal(SIGTERM, "terminated");
	kill(getpid(), SIGTERM);
	sleep(10);
}

ATF_TC_WITHOUT_HEAD(h_xsignal_continue);
ATF_TC_BODY(h_xsignal_continue, tc)
{
	atf_tc_expect_signal(-1, "should die");
}

ATF_TC_WITHOUT_HEAD(h_xdeath);
ATF_TC_BODY(h_xdeath, tc)
{
	atf_tc_expect_death("dies");
	exit(5);
}

ATF_TC_WITHOUT_HEAD(h_xdeath_continue);
ATF_TC_BODY(h_xdeath_continue, tc)
{
	atf_tc_expect_death("should die");
}

ATF_TC_WITHOUT_HEAD(h_xtimeout);
ATF_TC_BODY(h_xtimeout, tc)
{
	atf_tc_expect_timeout("hangs");
	exit(0); /* as if killed by the runner: the result file stays */
}

ATF_TC_WITHOUT_HEAD(h_xtimeout_continue);
ATF_TC_BODY(h_xtimeout_continue, tc)
{
	atf_tc_expect_timeout("should hang");
}

ATF_TC_WITHOUT_HEAD(h_fail_in_xexit);
ATF_TC_BODY(h_fail_in_xexit, tc)
{
	atf_tc_expect_exit(1, "exit");
	atf_tc_fail("oops");
}

ATF_TC_WITHOUT_HEAD(h_check_eq);
ATF_TC_BODY(h_check_eq, tc)
{
	int one = 1;

	ATF_CHECK_EQ(one, 1);
	ATF_CHECK_EQ(one, 2);
	ATF_CHECK_EQ_MSG(one, 3, "value was %d", one);
}

ATF_TC_WITHOUT_HEAD(h_require_eq);
ATF_TC_BODY(h_require_eq, tc)
{
	ATF_REQUIRE_EQ(5, 6);
}

ATF_TC_WITHOUT_HEAD(h_check_streq);
ATF_TC_BODY(h_check_streq, tc)
{
	const char *s = "abc";

	ATF_CHECK_STREQ(s, "abc");
	ATF_CHECK_STREQ(s, "abd");
	ATF_CHECK_STREQ_MSG(s, "x", "note %d", 1);
}

ATF_TC_WITHOUT_HEAD(h_require_streq);
ATF_TC_BODY(h_require_streq, tc)
{
	ATF_REQUIRE_STREQ("left", "right");
}

ATF_TC_WITHOUT_HEAD(h_check_match);
ATF_TC_BODY(h_check_match, tc)
{
	ATF_CHECK_MATCH("^a.c$", "abc");
	ATF_CHECK_MATCH("b+", "xbbby");
	ATF_CHECK_MATCH("^z", "abc");
}

ATF_TC_WITHOUT_HEAD(h_require_match);
ATF_TC_BODY(h_require_match, tc)
{
	ATF_REQUIRE_MATCH("[0-9]+", "letters");
}

ATF_TC_WITHOUT_HEAD(h_check_errno);
ATF_TC_BODY(h_check_errno, tc)
{
	ATF_CHECK_ERRNO(EBADF, close(-1) == -1);
	ATF_CHECK_ERRNO(ENOENT, close(-1) == -1);
	ATF_CHECK_ERRNO(EBADF, close(-1) == 0);
}

ATF_TC_WITHOUT_HEAD(h_require_errno);
ATF_TC_BODY(h_require_errno, tc)
{
	ATF_REQUIRE_ERRNO(EBADF, close(-1) == -1);
	ATF_REQUIRE_ERRNO(EINVAL, close(-1) == -1);
}

ATF_TC_WITHOUT_HEAD(h_inteq);
ATF_TC_BODY(h_inteq, tc)
{
#ifdef ATF_CHECK_INTEQ
	ATF_CHECK_INTEQ(-3, -3);
	ATF_CHECK_INTEQ(-3, 4);
	ATF_CHECK_UINTEQ(7u, 8u);
#endif
}

ATF_TC_WITHOUT_HEAD(h_exit_in_body);
ATF_TC_BODY(h_exit_in_body, tc)
{
	exit(0);
}

ATF_TC_WITHOUT_HEAD(h_check_then_skip);
ATF_TC_BODY(h_check_then_skip, tc)
{
	ATF_CHECK(0);
	atf_tc_skip("skip after a failed check");
}

ATF_TC_WITHOUT_HEAD(h_reason_newline);
ATF_TC_BODY(h_reason_newline, tc)
{
	atf_tc_fail("line one\nline two");
}

ATF_TC_WITHOUT_HEAD(h_require_prog_relative);
ATF_TC_BODY(h_require_prog_relative, tc)
{
	atf_tc_require_prog("no-such-program-atf-c");
	atf_tc_fail("not reached");
}

ATF_TC_WITHOUT_HEAD(h_require_prog_absolute);
ATF_TC_BODY(h_require_prog_absolute, tc)
{
	atf_tc_require_prog("/no/such/program");
	atf_tc_fail("not reached");
}

ATF_TC_WITHOUT_HEAD(h_require_prog_found);
ATF_TC_BODY(h_require_prog_found, tc)
{
	atf_tc_require_prog("sh");
	atf_tc_require_prog("/bin/sh");
}

static atf_error_t
add_helpers(atf_tp_t *tp)
{
	ATF_TP_ADD_TC(tp, h_pass);
	ATF_TP_ADD_TC(tp, h_explicit_pass);
	ATF_TP_ADD_TC(tp, h_fail);
	ATF_TP_ADD_TC(tp, h_require);
	ATF_TP_ADD_TC(tp, h_checks);
	ATF_TP_ADD_TC(tp, h_fail_nonfatal);
	ATF_TP_ADD_TC(tp, h_skip);
	ATF_TP_ADD_TC(tp, h_xfail_check);
	ATF_TP_ADD_TC(tp, h_xfail_require);
	ATF_TP_ADD_TC(tp, h_xfail_none);
	ATF_TP_ADD_TC(tp, h_xfail_pass);
	ATF_TP_ADD_TC(tp, h_xfail_then_pass);
	ATF_TP_ADD_TC(tp, h_skip_in_xfail);
	ATF_TP_ADD_TC(tp, h_xexit);
	ATF_TP_ADD_TC(tp, h_xexit_any);
	ATF_TP_ADD_TC(tp, h_xexit_continue);
	ATF_TP_ADD_TC(tp, h_xsignal);
	ATF_TP_ADD_TC(tp, h_xsignal_continue);
	ATF_TP_ADD_TC(tp, h_xdeath);
	ATF_TP_ADD_TC(tp, h_xdeath_continue);
	ATF_TP_ADD_TC(tp, h_xtimeout);
	ATF_TP_ADD_TC(tp, h_xtimeout_continue);
	ATF_TP_ADD_TC(tp, h_fail_in_xexit);
	ATF_TP_ADD_TC(tp, h_check_eq);
	ATF_TP_ADD_TC(tp, h_require_eq);
	ATF_TP_ADD_TC(tp, h_check_streq);
	ATF_TP_ADD_TC(tp, h_require_streq);
	ATF_TP_ADD_TC(tp, h_check_match);
	ATF_TP_ADD_TC(tp, h_require_match);
	ATF_TP_ADD_TC(tp, h_check_errno);
	ATF_TP_ADD_TC(tp, h_require_errno);
	ATF_TP_ADD_TC(tp, h_inteq);
	ATF_TP_ADD_TC(tp, h_exit_in_body);
	ATF_TP_ADD_TC(tp, h_check_then_skip);
	ATF_TP_ADD_TC(tp, h_reason_newline);
	ATF_TP_ADD_TC(tp, h_require_prog_relative);
	ATF_TP_ADD_TC(tp, h_require_prog_absolute);
	ATF_TP_ADD_TC(tp, h_require_prog_found);
	return atf_no_error();
}

/* ---- the tests ---- */

#define P "t_tc"

ATF_TC(pass);
ATF_TC_HEAD(pass, tc)
{
	atf_tc_set_md_var(tc, "descr",
	    "A passing body writes 'passed', "
	    "exit 0");
}
ATF_TC_BODY(pass, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_pass", 0, "passed\n", &r);
	ATF_CHECK_STREQ(r.err, "");
}

ATF_TC_WITHOUT_HEAD(explicit_pass);
ATF_TC_BODY(explicit_pass, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_explicit_pass", 0, "passed\n", &r);
}

ATF_TC_WITHOUT_HEAD(fail);
ATF_TC_BODY(fail, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_fail", 1, "failed: broken 42\n", &r);
}

ATF_TC_WITHOUT_HEAD(require_stops);
ATF_TC_BODY(require_stops, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_require", 1, NULL, &r);
	ATF_CHECK_MATCH(
	    "^failed: .*t_tc\\.c:[0-9]+: 2 \\+ 2 == 5 not met\n$", r.result);
	ATF_CHECK(!atf_utils_file_exists("not-reached"));
}

ATF_TC_WITHOUT_HEAD(checks_continue);
ATF_TC_BODY(checks_continue, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_checks", 1,
	    "failed: 2 checks failed; see output "
	    "for more details\n",
	    &r);
	ATF_CHECK(atf_utils_file_exists("continued"));
	ATF_CHECK_MATCH(
	    "\\*\\*\\* Check failed: .*t_tc\\.c:[0-9]+: 0 not met", r.err);
	ATF_CHECK_MATCH("t_tc\\.c:[0-9]+: custom message\n", r.err);
}

ATF_TC_WITHOUT_HEAD(fail_nonfatal);
ATF_TC_BODY(fail_nonfatal, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_fail_nonfatal", 1,
	    "failed: 3 checks failed; see "
	    "output for more details\n",
	    &r);
	ATF_CHECK_MATCH("Check failed: first", r.err);
	ATF_CHECK_MATCH("Check failed: third", r.err);
}

ATF_TC_WITHOUT_HEAD(skip);
ATF_TC_BODY(skip, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_skip", 0,
	    "skipped: not supported on this "
	    "machine\n",
	    &r);
}

ATF_TC_WITHOUT_HEAD(expect_fail_check);
ATF_TC_BODY(expect_fail_check, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_xfail_check", 0,
	    "expected_failure: bug 7: 2 checks "
	    "failed as expected; see output for more details\n",
	    &r);
	ATF_CHECK_MATCH("Expected check failure: bug 7: .*0 not met", r.err);
}

ATF_TC_WITHOUT_HEAD(expect_fail_require);
ATF_TC_BODY(expect_fail_require, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_xfail_require", 0,
	    "expected_failure: bug: the "
	    "bug\n",
	    &r);
}

ATF_TC_WITHOUT_HEAD(expect_fail_none);
ATF_TC_BODY(expect_fail_none, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_xfail_none", 1,
	    "failed: Test case was expecting a "
	    "failure but none were raised\n",
	    &r);
}

ATF_TC_WITHOUT_HEAD(expect_fail_pass);
ATF_TC_BODY(expect_fail_pass, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_xfail_pass", 1,
	    "failed: Test case was expecting a "
	    "failure but got a pass instead\n",
	    &r);
}

ATF_TC_WITHOUT_HEAD(expect_fail_then_pass);
ATF_TC_BODY(expect_fail_then_pass, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_xfail_then_pass", 1,
	    "failed: 1 checks failed; see "
	    "output for more details\n",
	    &r);
}

ATF_TC_WITHOUT_HEAD(skip_in_expect_fail);
ATF_TC_BODY(skip_in_expect_fail, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_skip_in_xfail", 1,
	    "failed: Can only skip a test "
	    "case when running in expect pass mode\n",
	    &r);
}

ATF_TC_WITHOUT_HEAD(expect_exit);
ATF_TC_BODY(expect_exit, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_xexit", 3, "expected_exit(3): exits early\n", &r);
}

ATF_TC_WITHOUT_HEAD(expect_exit_any);
ATF_TC_BODY(expect_exit_any, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_xexit_any", 9, "expected_exit: any code\n", &r);
}

ATF_TC_WITHOUT_HEAD(expect_exit_continue);
ATF_TC_BODY(expect_exit_continue, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_xexit_continue", 1,
	    "failed: Test case was expected "
	    "to exit cleanly but it continued execution\n",
	    &r);
}

ATF_TC_WITHOUT_HEAD(expect_signal);
ATF_TC_BODY(expect_signal, tc)
{
	const char *args[] = { "-r", "h.res", "h_xsignal", NULL };
	struct hrun r;

	h_run_argv(tc, P, args, true, &r);
	ATF_REQUIRE(WIFSIGNALED(r.status));
	ATF_CHECK_EQ(WTERMSIG(r.status), SIGTERM);
	ATF_CHECK_STREQ(r.result, "expected_signal(15): terminated\n");
}

ATF_TC_WITHOUT_HEAD(expect_signal_continue);
ATF_TC_BODY(expect_signal_continue, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_xsignal_continue", 1,
	    "failed: Test case was "
	    "expected to receive a termination signal but it continued "
	    "execution\n",
	    &r);
}

ATF_TC_WITHOUT_HEAD(expect_death);
ATF_TC_BODY(expect_death, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_xdeath", 5, "expected_death: dies\n", &r);
}

ATF_TC_WITHOUT_HEAD(expect_death_continue);
ATF_TC_BODY(expect_death_continue, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_xdeath_continue", 1,
	    "failed: Test case was "
	    "expected to terminate abruptly but it continued execution\n",
	    &r);
}

ATF_TC_WITHOUT_HEAD(expect_timeout);
ATF_TC_BODY(expect_timeout, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_xtimeout", 0, "expected_timeout: hangs\n", &r);
}

ATF_TC_WITHOUT_HEAD(expect_timeout_continue);
ATF_TC_BODY(expect_timeout_continue, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_xtimeout_continue", 1,
	    "failed: Test case was "
	    "expected to hang but it continued execution\n",
	    &r);
}

ATF_TC_WITHOUT_HEAD(fail_in_expect_exit);
ATF_TC_BODY(fail_in_expect_exit, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_fail_in_xexit", 1,
	    "failed: Test case raised a "
	    "failure but was not expecting one; reason was oops\n",
	    &r);
}

ATF_TC_WITHOUT_HEAD(check_eq);
ATF_TC_BODY(check_eq, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_check_eq", 1,
	    "failed: 2 checks failed; see output "
	    "for more details\n",
	    &r);
	ATF_CHECK_MATCH("t_tc\\.c:[0-9]+: one != 2\n", r.err);
	ATF_CHECK_MATCH("one != 3: value was 1", r.err);
}

ATF_TC_WITHOUT_HEAD(require_eq);
ATF_TC_BODY(require_eq, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_require_eq", 1, NULL, &r);
	ATF_CHECK_MATCH("^failed: .*t_tc\\.c:[0-9]+: 5 != 6\n$", r.result);
}

ATF_TC_WITHOUT_HEAD(check_streq);
ATF_TC_BODY(check_streq, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_check_streq", 1,
	    "failed: 2 checks failed; see "
	    "output for more details\n",
	    &r);
	ATF_CHECK_MATCH("s != \"abd\" \\(abc != abd\\)\n", r.err);
	ATF_CHECK_MATCH("s != \"x\" \\(abc != x\\): note 1", r.err);
}

ATF_TC_WITHOUT_HEAD(require_streq);
ATF_TC_BODY(require_streq, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_require_streq", 1, NULL, &r);
	ATF_CHECK_MATCH("\"left\" != \"right\" \\(left != right\\)", r.result);
}

ATF_TC_WITHOUT_HEAD(check_match);
ATF_TC_BODY(check_match, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_check_match", 1,
	    "failed: 1 checks failed; see "
	    "output for more details\n",
	    &r);
	ATF_CHECK_MATCH("'\\^z' not matched in 'abc'", r.err);
}

ATF_TC_WITHOUT_HEAD(require_match);
ATF_TC_BODY(require_match, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_require_match", 1, NULL, &r);
	ATF_CHECK_MATCH("'\\[0-9\\]\\+' not matched in 'letters'", r.result);
}

ATF_TC_WITHOUT_HEAD(check_errno);
ATF_TC_BODY(check_errno, tc)
{
	struct hrun r;
	char re[128];

	h_expect(tc, P, "h_check_errno", 1,
	    "failed: 2 checks failed; see "
	    "output for more details\n",
	    &r);
	snprintf(re, sizeof(re), "Expected errno %d, got %d, in close", ENOENT,
	    EBADF);
	ATF_CHECK_MATCH(re, r.err);
	ATF_CHECK_MATCH("Expected true value in close\\(-1\\) == 0", r.err);
}

ATF_TC_WITHOUT_HEAD(require_errno);
ATF_TC_BODY(require_errno, tc)
{
	struct hrun r;
	char re[128];

	h_expect(tc, P, "h_require_errno", 1, NULL, &r);
	snprintf(re, sizeof(re), "^failed: .*Expected errno %d, got %d, in",
	    EINVAL, EBADF);
	ATF_CHECK_MATCH(re, r.result);
}

ATF_TC_WITHOUT_HEAD(inteq);
ATF_TC_BODY(inteq, tc)
{
	struct hrun r;

#ifndef ATF_CHECK_INTEQ
	atf_tc_skip("this atf-c has no ATF_CHECK_INTEQ (ATF < 0.22)");
#endif
	h_expect(tc, P, "h_inteq", 1,
	    "failed: 2 checks failed; see output "
	    "for more details\n",
	    &r);
	ATF_CHECK_MATCH("-3 != 4 \\(-3 != 4\\)", r.err);
	ATF_CHECK_MATCH("7u != 8u \\(7 != 8\\)", r.err);
}

ATF_TC_WITHOUT_HEAD(exit_without_result);
ATF_TC_BODY(exit_without_result, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_exit_in_body", 0, "", &r);
}

ATF_TC_WITHOUT_HEAD(failed_check_then_skip);
ATF_TC_BODY(failed_check_then_skip, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_check_then_skip", 0,
	    "skipped: skip after a failed "
	    "check\n",
	    &r);
}

ATF_TC_WITHOUT_HEAD(reason_one_line);
ATF_TC_BODY(reason_one_line, tc)
{
	struct hrun r;

	h_expect(
	    tc, P, "h_reason_newline", 1, "failed: line one\nline two\n", &r);
}

ATF_TC(require_prog);
ATF_TC_HEAD(require_prog, tc)
{
	atf_tc_set_md_var(tc, "descr",
	    "atf_tc_require_prog: a missing program in PATH fails the test "
	    "(as atf-c 0.21), a missing absolute path skips it");
}
ATF_TC_BODY(require_prog, tc)
{
	struct hrun r;

	h_expect(tc, P, "h_require_prog_relative", 1,
	    "failed: The required program no-such-program-atf-c could not be "
	    "found in the PATH\n",
	    &r);
	h_expect(tc, P, "h_require_prog_absolute", 0,
	    "skipped: The required program /no/such/program could not be "
	    "found\n",
	    &r);
	h_expect(tc, P, "h_require_prog_found", 0, "passed\n", &r);
}

ATF_TP_ADD_TCS(tp)
{
	if (getenv("H_ATF_HELPERS") != NULL) {
		return add_helpers(tp);
	}
	ATF_TP_ADD_TC(tp, pass);
	ATF_TP_ADD_TC(tp, explicit_pass);
	ATF_TP_ADD_TC(tp, fail);
	ATF_TP_ADD_TC(tp, require_stops);
	ATF_TP_ADD_TC(tp, checks_continue);
	ATF_TP_ADD_TC(tp, fail_nonfatal);
	ATF_TP_ADD_TC(tp, skip);
	ATF_TP_ADD_TC(tp, expect_fail_check);
	ATF_TP_ADD_TC(tp, expect_fail_require);
	ATF_TP_ADD_TC(tp, expect_fail_none);
	ATF_TP_ADD_TC(tp, expect_fail_pass);
	ATF_TP_ADD_TC(tp, expect_fail_then_pass);
	ATF_TP_ADD_TC(tp, skip_in_expect_fail);
	ATF_TP_ADD_TC(tp, expect_exit);
	ATF_TP_ADD_TC(tp, expect_exit_any);
	ATF_TP_ADD_TC(tp, expect_exit_continue);
	ATF_TP_ADD_TC(tp, expect_signal);
	ATF_TP_ADD_TC(tp, expect_signal_continue);
	ATF_TP_ADD_TC(tp, expect_death);
	ATF_TP_ADD_TC(tp, expect_death_continue);
	ATF_TP_ADD_TC(tp, expect_timeout);
	ATF_TP_ADD_TC(tp, expect_timeout_continue);
	ATF_TP_ADD_TC(tp, fail_in_expect_exit);
	ATF_TP_ADD_TC(tp, check_eq);
	ATF_TP_ADD_TC(tp, require_eq);
	ATF_TP_ADD_TC(tp, check_streq);
	ATF_TP_ADD_TC(tp, require_streq);
	ATF_TP_ADD_TC(tp, check_match);
	ATF_TP_ADD_TC(tp, require_match);
	ATF_TP_ADD_TC(tp, check_errno);
	ATF_TP_ADD_TC(tp, require_errno);
	ATF_TP_ADD_TC(tp, inteq);
	ATF_TP_ADD_TC(tp, exit_without_result);
	ATF_TP_ADD_TC(tp, failed_check_then_skip);
	ATF_TP_ADD_TC(tp, reason_one_line);
	ATF_TP_ADD_TC(tp, require_prog);
	return atf_no_error();
}
