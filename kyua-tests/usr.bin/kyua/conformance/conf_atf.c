/*
 * conf_atf.c: sample ATF test program for tools/kyua-conformance.sh.
 * Every way a test case can end is represented once; the script builds
 * this file against our libatf-c and against Debian's, runs both kyuas
 * over both builds and requires the same outcome per case.  Most cases
 * here fail on purpose: it is not part of the installed test suite.
 */
#include <sys/types.h>

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <atf-c.h>

ATF_TC_WITHOUT_HEAD(pass);
ATF_TC_BODY(pass, tc)
{
	ATF_CHECK(1 + 1 == 2);
}

ATF_TC_WITHOUT_HEAD(fail);
ATF_TC_BODY(fail, tc)
{
	ATF_REQUIRE_EQ(1, 2);
}

ATF_TC_WITHOUT_HEAD(fail_nonfatal);
ATF_TC_BODY(fail_nonfatal, tc)
{
	ATF_CHECK_STREQ("a", "b");
	atf_tc_fail_nonfatal("second %d", 2);
}

ATF_TC_WITHOUT_HEAD(skip);
ATF_TC_BODY(skip, tc)
{
	atf_tc_skip("skipped on purpose");
}

ATF_TC_WITHOUT_HEAD(expect_fail_fails);
ATF_TC_BODY(expect_fail_fails, tc)
{
	atf_tc_expect_fail("known bug");
	ATF_CHECK(0);
}

ATF_TC_WITHOUT_HEAD(expect_fail_passes);
ATF_TC_BODY(expect_fail_passes, tc)
{
	atf_tc_expect_fail("known bug that is fixed");
}

ATF_TC_WITHOUT_HEAD(expect_exit);
ATF_TC_BODY(expect_exit, tc)
{
	atf_tc_expect_exit(3, "exits with 3");
	exit(3);
}

ATF_TC_WITHOUT_HEAD(expect_exit_wrong);
ATF_TC_BODY(expect_exit_wrong, tc)
{
	atf_tc_expect_exit(3, "should exit with 3");
	exit(4);
}

ATF_TC_WITHOUT_HEAD(expect_signal);
ATF_TC_BODY(expect_signal, tc)
{
	atf_tc_expect_signal(SIGABRT, "aborts");
	abort();
}

ATF_TC_WITHOUT_HEAD(expect_death);
ATF_TC_BODY(expect_death, tc)
{
	atf_tc_expect_death("dies");
	exit(7);
}

ATF_TC(expect_timeout);
ATF_TC_HEAD(expect_timeout, tc)
{
	atf_tc_set_md_var(tc, "timeout", "1");
}
ATF_TC_BODY(expect_timeout, tc)
{
	atf_tc_expect_timeout("hangs");
	sleep(30);
}

ATF_TC_WITHOUT_HEAD(crash);
ATF_TC_BODY(crash, tc)
{
	kill(getpid(), SIGTERM);
	sleep(5);
}

ATF_TC_WITHOUT_HEAD(premature_exit);
ATF_TC_BODY(premature_exit, tc)
{
	exit(0);
}

ATF_TC(timeout);
ATF_TC_HEAD(timeout, tc)
{
	atf_tc_set_md_var(tc, "timeout", "1");
}
ATF_TC_BODY(timeout, tc)
{
	sleep(30);
}

ATF_TC_WITH_CLEANUP(cleanup);
ATF_TC_HEAD(cleanup, tc)
{
	atf_tc_set_md_var(tc, "descr", "has a cleanup routine");
}
ATF_TC_BODY(cleanup, tc)
{
	atf_utils_create_file("marker", "body ran\n");
}
ATF_TC_CLEANUP(cleanup, tc)
{
	if (!atf_utils_file_exists("marker"))
		exit(1);
}

ATF_TC(require_progs_missing);
ATF_TC_HEAD(require_progs_missing, tc)
{
	atf_tc_set_md_var(tc, "require.progs", "no-such-program-kyua-conf");
}
ATF_TC_BODY(require_progs_missing, tc)
{
}

ATF_TC(require_files_present);
ATF_TC_HEAD(require_files_present, tc)
{
	atf_tc_set_md_var(tc, "require.files", "/bin/sh");
}
ATF_TC_BODY(require_files_present, tc)
{
}

ATF_TC(require_files_missing);
ATF_TC_HEAD(require_files_missing, tc)
{
	atf_tc_set_md_var(tc, "require.files", "/no/such/file/kyua-conf");
}
ATF_TC_BODY(require_files_missing, tc)
{
}

ATF_TC(require_user_root);
ATF_TC_HEAD(require_user_root, tc)
{
	atf_tc_set_md_var(tc, "require.user", "root");
}
ATF_TC_BODY(require_user_root, tc)
{
	ATF_REQUIRE_EQ(geteuid(), 0);
}

ATF_TC(require_user_unprivileged);
ATF_TC_HEAD(require_user_unprivileged, tc)
{
	atf_tc_set_md_var(tc, "require.user", "unprivileged");
}
ATF_TC_BODY(require_user_unprivileged, tc)
{
	ATF_REQUIRE(geteuid() != 0);
	atf_utils_create_file("written", "by an unprivileged user\n");
}

ATF_TC_WITHOUT_HEAD(require_prog_call);
ATF_TC_BODY(require_prog_call, tc)
{
	atf_tc_require_prog("no-such-program-kyua-conf");
}

ATF_TC_WITHOUT_HEAD(require_prog_call_absolute);
ATF_TC_BODY(require_prog_call_absolute, tc)
{
	atf_tc_require_prog("/no/such/program/kyua-conf");
}

ATF_TC(require_config_missing);
ATF_TC_HEAD(require_config_missing, tc)
{
	atf_tc_set_md_var(tc, "require.config", "no_such_variable");
}
ATF_TC_BODY(require_config_missing, tc)
{
}

ATF_TC_WITHOUT_HEAD(isolation);
ATF_TC_BODY(isolation, tc)
{
	char cwd[1024];
	const char *home, *tz;

	ATF_REQUIRE(getcwd(cwd, sizeof(cwd)) != NULL);
	home = getenv("HOME");
	tz = getenv("TZ");
	ATF_REQUIRE(home != NULL);
	ATF_CHECK_STREQ(home, cwd);
	ATF_CHECK(tz != NULL && strcmp(tz, "UTC") == 0);
	ATF_CHECK(getenv("LANG") == NULL);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, pass);
	ATF_TP_ADD_TC(tp, fail);
	ATF_TP_ADD_TC(tp, fail_nonfatal);
	ATF_TP_ADD_TC(tp, skip);
	ATF_TP_ADD_TC(tp, expect_fail_fails);
	ATF_TP_ADD_TC(tp, expect_fail_passes);
	ATF_TP_ADD_TC(tp, expect_exit);
	ATF_TP_ADD_TC(tp, expect_exit_wrong);
	ATF_TP_ADD_TC(tp, expect_signal);
	ATF_TP_ADD_TC(tp, expect_death);
	ATF_TP_ADD_TC(tp, expect_timeout);
	ATF_TP_ADD_TC(tp, crash);
	ATF_TP_ADD_TC(tp, premature_exit);
	ATF_TP_ADD_TC(tp, timeout);
	ATF_TP_ADD_TC(tp, cleanup);
	ATF_TP_ADD_TC(tp, require_progs_missing);
	ATF_TP_ADD_TC(tp, require_files_present);
	ATF_TP_ADD_TC(tp, require_files_missing);
	ATF_TP_ADD_TC(tp, require_user_root);
	ATF_TP_ADD_TC(tp, require_user_unprivileged);
	ATF_TP_ADD_TC(tp, require_prog_call);
	ATF_TP_ADD_TC(tp, require_prog_call_absolute);
	ATF_TP_ADD_TC(tp, require_config_missing);
	ATF_TP_ADD_TC(tp, isolation);
	return atf_no_error();
}
