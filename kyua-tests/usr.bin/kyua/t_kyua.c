/*
 * t_kyua.c: tests of our kyua(1).  Each test writes a Kyuafile in its
 * work directory and runs kyua (../../../bin/kyua from the test's
 * srcdir, i.e. /usr/bin/kyua once installed, or the "kyua" configuration
 * variable) over sample test cases.  The samples are this very program:
 * a wrapper script named t_kyua runs it with H_KYUA_SAMPLES=1, which
 * registers the s_* cases (passing, failing, crashing, hanging...)
 * instead of the tests.
 */
#include <sys/types.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <atf-c.h>

/* ---- samples (only registered with H_KYUA_SAMPLES set) ---- */

ATF_TC_WITHOUT_HEAD(s_pass);
ATF_TC_BODY(s_pass, tc)
{
}

ATF_TC_WITHOUT_HEAD(s_fail);
ATF_TC_BODY(s_fail, tc)
{
	printf("sample stdout\n");
	fprintf(stderr, "sample stderr\n");
	atf_tc_fail("sample failure %d", 1);
}

ATF_TC_WITHOUT_HEAD(s_skip);
ATF_TC_BODY(s_skip, tc)
{
	atf_tc_skip("sample skip");
}

ATF_TC_WITHOUT_HEAD(s_xfail);
ATF_TC_BODY(s_xfail, tc)
{
	atf_tc_expect_fail("sample bug");
	atf_tc_fail("it broke");
}

ATF_TC_WITHOUT_HEAD(s_crash);
ATF_TC_BODY(s_crash, tc)
{
	kill(getpid(), SIGTERM);
	sleep(10);
}

ATF_TC_WITHOUT_HEAD(s_exit);
ATF_TC_BODY(s_exit, tc)
{
	exit(0);
}

ATF_TC(s_timeout);
ATF_TC_HEAD(s_timeout, tc)
{
	atf_tc_set_md_var(tc, "timeout", "1");
}
ATF_TC_BODY(s_timeout, tc)
{
	sleep(30);
}

ATF_TC(s_xtimeout);
ATF_TC_HEAD(s_xtimeout, tc)
{
	atf_tc_set_md_var(tc, "timeout", "1");
}
ATF_TC_BODY(s_xtimeout, tc)
{
	atf_tc_expect_timeout("hangs on purpose");
	sleep(30);
}

ATF_TC_WITHOUT_HEAD(s_slow);
ATF_TC_BODY(s_slow, tc)
{
	sleep(4);
}

ATF_TC_WITH_CLEANUP(s_cleanup);
ATF_TC_HEAD(s_cleanup, tc)
{
	atf_tc_set_md_var(tc, "descr", "sample with cleanup");
}
ATF_TC_BODY(s_cleanup, tc)
{
	atf_utils_create_file("inwork", "x");
}
ATF_TC_CLEANUP(s_cleanup, tc)
{
	/* Runs in the same work directory as the body. */
	if (atf_utils_file_exists("inwork"))
		atf_utils_create_file(
		    atf_tc_get_config_var(tc, "marker"), "cleaned\n");
}

ATF_TC_WITHOUT_HEAD(s_isolation);
ATF_TC_BODY(s_isolation, tc)
{
	char cwd[1024], c;
	mode_t mask;

	ATF_REQUIRE(getcwd(cwd, sizeof(cwd)) != NULL);
	ATF_REQUIRE(getenv("HOME") != NULL);
	ATF_CHECK_STREQ(getenv("HOME"), cwd);
	ATF_REQUIRE(getenv("TMPDIR") != NULL);
	ATF_CHECK_STREQ(getenv("TMPDIR"), cwd);
	ATF_REQUIRE(getenv("TZ") != NULL);
	ATF_CHECK_STREQ(getenv("TZ"), "UTC");
	ATF_CHECK(getenv("LANG") == NULL);
	ATF_CHECK(getenv("LC_ALL") == NULL);
	mask = umask(0);
	ATF_CHECK_EQ(mask, 022);
	ATF_CHECK_EQ(read(STDIN_FILENO, &c, 1), 0);
	ATF_CHECK_EQ(getpgrp(), getpid());
}

ATF_TC_WITHOUT_HEAD(s_workdir);
ATF_TC_BODY(s_workdir, tc)
{
	char cwd[1024];

	ATF_REQUIRE(getcwd(cwd, sizeof(cwd)) != NULL);
	atf_utils_create_file("leftover", "x");
	atf_utils_create_file(atf_tc_get_config_var(tc, "marker"), "%s", cwd);
}

ATF_TC_WITHOUT_HEAD(s_config);
ATF_TC_BODY(s_config, tc)
{
	ATF_REQUIRE_STREQ(atf_tc_get_config_var_wd(tc, "x", "unset"), "y");
}

ATF_TC(s_req_prog);
ATF_TC_HEAD(s_req_prog, tc)
{
	atf_tc_set_md_var(tc, "require.progs", "sh no-such-program-kyua");
}
ATF_TC_BODY(s_req_prog, tc)
{
}

ATF_TC(s_req_file);
ATF_TC_HEAD(s_req_file, tc)
{
	atf_tc_set_md_var(tc, "require.files", "/no/such/file");
}
ATF_TC_BODY(s_req_file, tc)
{
}

static atf_error_t
add_samples(atf_tp_t *tp)
{
	ATF_TP_ADD_TC(tp, s_pass);
	ATF_TP_ADD_TC(tp, s_fail);
	ATF_TP_ADD_TC(tp, s_skip);
	ATF_TP_ADD_TC(tp, s_xfail);
	ATF_TP_ADD_TC(tp, s_crash);
	ATF_TP_ADD_TC(tp, s_exit);
	ATF_TP_ADD_TC(tp, s_timeout);
	ATF_TP_ADD_TC(tp, s_xtimeout);
	ATF_TP_ADD_TC(tp, s_slow);
	ATF_TP_ADD_TC(tp, s_cleanup);
	ATF_TP_ADD_TC(tp, s_isolation);
	ATF_TP_ADD_TC(tp, s_workdir);
	ATF_TP_ADD_TC(tp, s_config);
	ATF_TP_ADD_TC(tp, s_req_prog);
	ATF_TP_ADD_TC(tp, s_req_file);
	return atf_no_error();
}

/* ---- helpers of the tests ---- */

static const char *
kyua_path(const atf_tc_t *tc)
{
	static char path[1024];

	if (atf_tc_has_config_var(tc, "kyua"))
		return atf_tc_get_config_var(tc, "kyua");
	snprintf(path, sizeof(path), "%s/../../../bin/kyua",
	    atf_tc_get_config_var(tc, "srcdir"));
	if (access(path, X_OK) != 0)
		atf_tc_skip("our kyua is not installed at %s", path);
	return path;
}

/* dir/t_kyua: a script running this program in sample mode. */
static void
make_samples(const atf_tc_t *tc, const char *dir)
{
	char path[1024];

	if (strcmp(dir, ".") != 0)
		ATF_REQUIRE(mkdir(dir, 0755) == 0 || errno == EEXIST);
	snprintf(path, sizeof(path), "%s/t_kyua", dir);
	atf_utils_create_file(path,
	    "#!/bin/sh\nH_KYUA_SAMPLES=1 exec "
	    "'%s/t_kyua' \"$@\"\n",
	    atf_tc_get_config_var(tc, "srcdir"));
	ATF_REQUIRE(chmod(path, 0755) == 0);
}

static void
make_kyuafile(const char *name, const char *body)
{
	atf_utils_create_file(name, "syntax(2)\ntest_suite(\"kt\")\n%s", body);
}

/*
 * Runs kyua with the given arguments (NULL-terminated) in the current
 * directory, output in kyua.out/kyua.err; returns the exit status.
 */
static int
run_kyua_argv(const atf_tc_t *tc, const char *const *args)
{
	const char *argv[32];
	size_t n;
	pid_t pid;
	int status;

	argv[0] = kyua_path(tc);
	for (n = 0; args[n] != NULL && n < 30; n++)
		argv[n + 1] = args[n];
	argv[n + 1] = NULL;
	fflush(stdout);
	fflush(stderr);
	pid = fork();
	ATF_REQUIRE(pid != -1);
	if (pid == 0) {
		atf_utils_redirect(STDOUT_FILENO, "kyua.out");
		atf_utils_redirect(STDERR_FILENO, "kyua.err");
		execv(argv[0], (char *const *)argv);
		_exit(127);
	}
	ATF_REQUIRE(waitpid(pid, &status, 0) == pid);
	atf_utils_cat_file("kyua.out", "kyua stdout: ");
	atf_utils_cat_file("kyua.err", "kyua stderr: ");
	ATF_REQUIRE_MSG(WIFEXITED(status), "kyua died");
	return WEXITSTATUS(status);
}

#define RUN_KYUA(tc, ...)                                                      \
	run_kyua_argv(tc, (const char *const[]){ __VA_ARGS__, NULL })

static void
require_out(const char *re)
{
	ATF_CHECK_MSG(atf_utils_grep_file("%s", "kyua.out", re),
	    "kyua's stdout does not match '%s'", re);
}

static void
require_err(const char *re)
{
	ATF_CHECK_MSG(atf_utils_grep_file("%s", "kyua.err", re),
	    "kyua's stderr does not match '%s'", re);
}

static void
std_setup(const atf_tc_t *tc)
{
	make_samples(tc, ".");
	make_kyuafile("Kyuafile", "atf_test_program{name=\"t_kyua\"}\n");
}

/* ---- the tests ---- */

ATF_TC_WITHOUT_HEAD(summary_mixed);
ATF_TC_BODY(summary_mixed, tc)
{
	std_setup(tc);
	ATF_CHECK_EQ(RUN_KYUA(tc, "test", "--results-file=res", "t_kyua:s_pass",
			 "t_kyua:s_fail", "t_kyua:s_skip", "t_kyua:s_xfail"),
	    1);
	require_out("^t_kyua:s_pass  ->  passed  \\[[0-9]+\\.[0-9]{3}s\\]$");
	require_out("^t_kyua:s_fail  ->  failed: sample failure 1  \\[");
	require_out("^t_kyua:s_skip  ->  skipped: sample skip  \\[");
	require_out("^t_kyua:s_xfail  ->  expected_failure: sample bug: it "
		    "broke  \\[");
	require_out("^3/4 passed \\(1 failed\\)$");
}

ATF_TC_WITHOUT_HEAD(all_good_exit_zero);
ATF_TC_BODY(all_good_exit_zero, tc)
{
	std_setup(tc);
	ATF_CHECK_EQ(RUN_KYUA(tc, "test", "--results-file=res", "t_kyua:s_pass",
			 "t_kyua:s_skip", "t_kyua:s_xfail"),
	    0);
	require_out("^3/3 passed \\(0 failed\\)$");
}

ATF_TC_WITHOUT_HEAD(cases_tsv);
ATF_TC_BODY(cases_tsv, tc)
{
	std_setup(tc);
	RUN_KYUA(tc, "test", "--results-file=res", "t_kyua:s_pass",
	    "t_kyua:s_fail", "t_kyua:s_skip", "t_kyua:s_crash");
	ATF_CHECK(atf_utils_grep_file(
	    "^t_kyua\ts_pass\tpassed\t[0-9.]+\t$", "res/cases.tsv"));
	ATF_CHECK(atf_utils_grep_file("^t_kyua\ts_fail\tfailed\t[0-9.]+\t"
				      "sample failure 1$",
	    "res/cases.tsv"));
	ATF_CHECK(atf_utils_grep_file("^t_kyua\ts_skip\tskipped\t[0-9.]+\t"
				      "sample skip$",
	    "res/cases.tsv"));
	ATF_CHECK(
	    atf_utils_grep_file("^t_kyua\ts_crash\tbroken\t", "res/cases.tsv"));
	ATF_CHECK(!atf_utils_grep_file("s_timeout", "res/cases.tsv"));
}

ATF_TC(timeout);
ATF_TC_HEAD(timeout, tc)
{
	atf_tc_set_md_var(tc, "timeout", "60");
}
ATF_TC_BODY(timeout, tc)
{
	time_t start;

	std_setup(tc);
	start = time(NULL);
	ATF_CHECK_EQ(
	    RUN_KYUA(tc, "test", "--results-file=res", "t_kyua:s_timeout"), 1);
	ATF_CHECK(time(NULL) - start < 20);
	require_out("^t_kyua:s_timeout  ->  broken: Test case body timed "
		    "out  \\[");
}

ATF_TC(expect_timeout);
ATF_TC_HEAD(expect_timeout, tc)
{
	atf_tc_set_md_var(tc, "timeout", "60");
}
ATF_TC_BODY(expect_timeout, tc)
{
	std_setup(tc);
	ATF_CHECK_EQ(
	    RUN_KYUA(tc, "test", "--results-file=res", "t_kyua:s_xtimeout"), 0);
	require_out("^t_kyua:s_xtimeout  ->  expected_failure: hangs on "
		    "purpose  \\[");
}

ATF_TC(kyuafile_timeout);
ATF_TC_HEAD(kyuafile_timeout, tc)
{
	atf_tc_set_md_var(tc, "descr", "timeout= in the Kyuafile applies");
	atf_tc_set_md_var(tc, "timeout", "60");
}
ATF_TC_BODY(kyuafile_timeout, tc)
{
	make_samples(tc, ".");
	make_kyuafile("Kyuafile",
	    "atf_test_program{name=\"t_kyua\", "
	    "timeout=1}\n");
	ATF_CHECK_EQ(
	    RUN_KYUA(tc, "test", "--results-file=res", "t_kyua:s_slow"), 1);
	require_out("^t_kyua:s_slow  ->  broken: Test case body timed out");
}

ATF_TC_WITHOUT_HEAD(crash);
ATF_TC_BODY(crash, tc)
{
	char re[128];

	std_setup(tc);
	ATF_CHECK_EQ(
	    RUN_KYUA(tc, "test", "--results-file=res", "t_kyua:s_crash"), 1);
	snprintf(re, sizeof(re),
	    "^t_kyua:s_crash  ->  broken: Premature "
	    "exit; test case received signal %d",
	    SIGTERM);
	require_out(re);
}

ATF_TC_WITHOUT_HEAD(premature_exit);
ATF_TC_BODY(premature_exit, tc)
{
	std_setup(tc);
	ATF_CHECK_EQ(
	    RUN_KYUA(tc, "test", "--results-file=res", "t_kyua:s_exit"), 1);
	require_out("^t_kyua:s_exit  ->  broken: Premature exit; test case "
		    "exited with code 0  \\[");
}

ATF_TC_WITHOUT_HEAD(cleanup);
ATF_TC_BODY(cleanup, tc)
{
	char cwd[1024], var[1200];

	std_setup(tc);
	ATF_REQUIRE(getcwd(cwd, sizeof(cwd)) != NULL);
	snprintf(var, sizeof(var), "test_suites.kt.marker=%s/marker", cwd);
	ATF_CHECK_EQ(RUN_KYUA(tc, "-v", var, "test", "--results-file=res",
			 "t_kyua:s_cleanup"),
	    0);
	require_out("^t_kyua:s_cleanup  ->  passed");
	ATF_CHECK(atf_utils_compare_file("marker", "cleaned\n"));
}

ATF_TC_WITHOUT_HEAD(isolation);
ATF_TC_BODY(isolation, tc)
{
	std_setup(tc);
	ATF_CHECK_EQ(
	    RUN_KYUA(tc, "test", "--results-file=res", "t_kyua:s_isolation"),
	    0);
	require_out("^t_kyua:s_isolation  ->  passed");
}

ATF_TC_WITHOUT_HEAD(workdir_removed);
ATF_TC_BODY(workdir_removed, tc)
{
	char cwd[1024], var[1200], *dir;
	struct stat st;
	int fd;
	ssize_t n;

	std_setup(tc);
	ATF_REQUIRE(getcwd(cwd, sizeof(cwd)) != NULL);
	snprintf(var, sizeof(var),
	    "--variable=test_suites.kt.marker=%s/"
	    "marker",
	    cwd);
	ATF_CHECK_EQ(
	    RUN_KYUA(tc, var, "test", "--results-file=res", "t_kyua:s_workdir"),
	    0);
	dir = calloc(1, 1024);
	ATF_REQUIRE(dir != NULL);
	ATF_REQUIRE((fd = open("marker", O_RDONLY)) != -1);
	n = read(fd, dir, 1023);
	close(fd);
	ATF_REQUIRE(n > 0);
	ATF_CHECK(strcmp(dir, cwd) != 0);
	ATF_CHECK_MSG(stat(dir, &st) == -1 && errno == ENOENT,
	    "work directory %s was not removed", dir);
	free(dir);
}

ATF_TC_WITHOUT_HEAD(config_variables);
ATF_TC_BODY(config_variables, tc)
{
	std_setup(tc);
	ATF_CHECK_EQ(
	    RUN_KYUA(tc, "test", "--results-file=r1", "t_kyua:s_config"), 1);
	require_out("s_config  ->  failed: ");
	ATF_CHECK_EQ(RUN_KYUA(tc, "-v", "test_suites.kt.x=y", "test",
			 "--results-file=r2", "t_kyua:s_config"),
	    0);
	require_out("s_config  ->  passed");
	ATF_CHECK_EQ(RUN_KYUA(tc, "-v", "test_suites.other.x=y", "test",
			 "--results-file=r3", "t_kyua:s_config"),
	    1);
}

ATF_TC_WITHOUT_HEAD(config_file);
ATF_TC_BODY(config_file, tc)
{
	std_setup(tc);
	atf_utils_create_file("kyua.conf",
	    "syntax(2)\n-- comment\n"
	    "test_suites.kt.x = \"y\"\n");
	ATF_CHECK_EQ(RUN_KYUA(tc, "-c", "kyua.conf", "test",
			 "--results-file=res", "t_kyua:s_config"),
	    0);
	require_out("s_config  ->  passed");
}

ATF_TC_WITHOUT_HEAD(config_default_file);
ATF_TC_BODY(config_default_file, tc)
{
	char conf[1100], cwd[1024];

	std_setup(tc);
	ATF_REQUIRE(getcwd(cwd, sizeof(cwd)) != NULL);
	ATF_REQUIRE_STREQ(getenv("HOME"), cwd);
	ATF_REQUIRE(mkdir(".kyua", 0755) == 0);
	snprintf(conf, sizeof(conf), "%s/.kyua/kyua.conf", cwd);
	atf_utils_create_file(conf, "syntax(2)\ntest_suites.kt.x = 'y'\n");
	ATF_CHECK_EQ(
	    RUN_KYUA(tc, "test", "--results-file=r1", "t_kyua:s_config"), 0);
	ATF_CHECK_EQ(RUN_KYUA(tc, "-c", "none", "test", "--results-file=r2",
			 "t_kyua:s_config"),
	    1);
	/* -v overrides the file whatever the order. */
	ATF_CHECK_EQ(RUN_KYUA(tc, "-v", "test_suites.kt.x=z", "-c", conf,
			 "test", "--results-file=r3", "t_kyua:s_config"),
	    1);
}

ATF_TC_WITHOUT_HEAD(require_progs);
ATF_TC_BODY(require_progs, tc)
{
	std_setup(tc);
	ATF_CHECK_EQ(
	    RUN_KYUA(tc, "test", "--results-file=res", "t_kyua:s_req_prog"), 0);
	require_out("^t_kyua:s_req_prog  ->  skipped: Required program "
		    "'no-such-program-kyua' not found in PATH");
}

ATF_TC_WITHOUT_HEAD(require_files);
ATF_TC_BODY(require_files, tc)
{
	std_setup(tc);
	ATF_CHECK_EQ(
	    RUN_KYUA(tc, "test", "--results-file=res", "t_kyua:s_req_file"), 0);
	require_out("^t_kyua:s_req_file  ->  skipped: Required file "
		    "'/no/such/file' not found");
}

ATF_TC_WITHOUT_HEAD(kyuafile_required_programs);
ATF_TC_BODY(kyuafile_required_programs, tc)
{
	make_samples(tc, ".");
	make_kyuafile("Kyuafile",
	    "atf_test_program{name=\"t_kyua\", "
	    "required_programs=\"/no/such/prog\"}\n");
	ATF_CHECK_EQ(
	    RUN_KYUA(tc, "test", "--results-file=res", "t_kyua:s_pass"), 0);
	require_out("s_pass  ->  skipped: Required program '/no/such/prog' "
		    "not found");
}

/* Loads a malformed Kyuafile and expects "Kyuafile:line: ..." and 1. */
static void
bad_kyuafile(const atf_tc_t *tc, const char *text, const char *re)
{
	make_samples(tc, ".");
	atf_utils_create_file("Kyuafile", "%s", text);
	ATF_CHECK_EQ(RUN_KYUA(tc, "test", "--results-file=res"), 1);
	require_err(re);
	ATF_CHECK(!atf_utils_grep_file("->", "kyua.out"));
}

ATF_TC_WITHOUT_HEAD(kyuafile_unclosed_table);
ATF_TC_BODY(kyuafile_unclosed_table, tc)
{
	bad_kyuafile(tc,
	    "syntax(2)\ntest_suite(\"kt\")\n"
	    "atf_test_program{name=\"t_kyua\"\n",
	    "Kyuafile:4: '}' expected");
}

ATF_TC_WITHOUT_HEAD(kyuafile_unknown_function);
ATF_TC_BODY(kyuafile_unknown_function, tc)
{
	bad_kyuafile(
	    tc, "syntax(2)\n\nbogus_call(\"x\")\n", "Kyuafile:3: .*bogus_call");
}

ATF_TC_WITHOUT_HEAD(kyuafile_no_syntax);
ATF_TC_BODY(kyuafile_no_syntax, tc)
{
	bad_kyuafile(tc, "test_suite(\"kt\")\n", "Kyuafile:1: ");
}

ATF_TC_WITHOUT_HEAD(kyuafile_bad_syntax_version);
ATF_TC_BODY(kyuafile_bad_syntax_version, tc)
{
	bad_kyuafile(tc, "syntax(3)\n", "Kyuafile:1: .*version");
}

ATF_TC_WITHOUT_HEAD(kyuafile_missing_program);
ATF_TC_BODY(kyuafile_missing_program, tc)
{
	bad_kyuafile(tc,
	    "syntax(2)\ntest_suite(\"kt\")\n"
	    "atf_test_program{name=\"t_nothere\"}\n",
	    "Kyuafile:3: Non-existent test program 't_nothere'");
}

ATF_TC_WITHOUT_HEAD(kyuafile_unknown_property);
ATF_TC_BODY(kyuafile_unknown_property, tc)
{
	bad_kyuafile(tc,
	    "syntax(2)\ntest_suite(\"kt\")\n"
	    "atf_test_program{name=\"t_kyua\",\n  colour=\"red\"}\n",
	    "Kyuafile:4: Unknown metadata property 'colour'");
}

ATF_TC_WITHOUT_HEAD(kyuafile_unterminated_string);
ATF_TC_BODY(kyuafile_unterminated_string, tc)
{
	bad_kyuafile(tc,
	    "syntax(2)\ntest_suite(\"kt\")\n"
	    "atf_test_program{name=\"t_kyua}\n",
	    "Kyuafile:3: unfinished "
	    "string");
}

ATF_TC_WITHOUT_HEAD(kyuafile_absolute_name);
ATF_TC_BODY(kyuafile_absolute_name, tc)
{
	bad_kyuafile(tc,
	    "syntax(2)\ntest_suite(\"kt\")\n"
	    "plain_test_program{name=\"/bin/sh\"}\n",
	    "Kyuafile:3: ");
}

ATF_TC_WITHOUT_HEAD(kyuafile_lexical);
ATF_TC_BODY(kyuafile_lexical, tc)
{
	make_samples(tc, ".");
	atf_utils_create_file("Kyuafile",
	    "-- a comment\nsyntax(2)  -- trailing"
	    "\n--[[ a block\ncomment ]]\ntest_suite('kt');\n"
	    "atf_test_program {\n  name = [[t_kyua]],\n  timeout = 30,\n"
	    "  description = \"tab\\there\",\n  [\"custom.x\"] = 'y';\n}\n");
	ATF_CHECK_EQ(
	    RUN_KYUA(tc, "test", "--results-file=res", "t_kyua:s_pass"), 0);
	require_out("^t_kyua:s_pass  ->  passed");
}

ATF_TC_WITHOUT_HEAD(include);
ATF_TC_BODY(include, tc)
{
	make_samples(tc, "sub");
	make_kyuafile("Kyuafile", "include(\"sub/Kyuafile\")\n");
	make_kyuafile("sub/Kyuafile", "atf_test_program{name=\"t_kyua\"}\n");
	ATF_CHECK_EQ(
	    RUN_KYUA(tc, "test", "--results-file=res", "sub/t_kyua:s_pass"), 0);
	require_out("^sub/t_kyua:s_pass  ->  passed");
	ATF_CHECK_EQ(RUN_KYUA(tc, "list", "sub"), 0);
	require_out("^sub/t_kyua:s_xfail$");
}

ATF_TC_WITHOUT_HEAD(include_missing);
ATF_TC_BODY(include_missing, tc)
{
	bad_kyuafile(tc, "syntax(2)\ninclude(\"nodir/Kyuafile\")\n",
	    "Kyuafile:2: Cannot include 'nodir/Kyuafile'");
}

ATF_TC_WITHOUT_HEAD(filter_unmatched);
ATF_TC_BODY(filter_unmatched, tc)
{
	std_setup(tc);
	ATF_CHECK_EQ(RUN_KYUA(tc, "test", "--results-file=res", "t_kyua:s_pass",
			 "t_kyua:s_nope"),
	    1);
	require_out("^t_kyua:s_pass  ->  passed");
	require_err("No test cases matched by the filter 't_kyua:s_nope'");
}

ATF_TC_WITHOUT_HEAD(list);
ATF_TC_BODY(list, tc)
{
	std_setup(tc);
	ATF_CHECK_EQ(RUN_KYUA(tc, "list"), 0);
	require_out("^t_kyua:s_pass$");
	require_out("^t_kyua:s_workdir$");
	ATF_CHECK(!atf_utils_grep_file("summary", "kyua.out"));
	ATF_CHECK_EQ(RUN_KYUA(tc, "list", "t_kyua:s_skip"), 0);
	ATF_CHECK(atf_utils_compare_file("kyua.out", "t_kyua:s_skip\n"));
}

ATF_TC_WITHOUT_HEAD(list_verbose);
ATF_TC_BODY(list_verbose, tc)
{
	std_setup(tc);
	ATF_CHECK_EQ(
	    RUN_KYUA(tc, "list", "-v", "t_kyua:s_timeout", "t_kyua:s_cleanup"),
	    0);
	require_out("^t_kyua:s_timeout \\(kt\\)$");
	require_out("^    timeout = 1$");
	require_out("^    has_cleanup = true$");
	require_out("^    description = sample with cleanup$");
}

ATF_TC_WITHOUT_HEAD(report);
ATF_TC_BODY(report, tc)
{
	std_setup(tc);
	RUN_KYUA(tc, "test", "--results-file=res", "t_kyua:s_pass",
	    "t_kyua:s_fail", "t_kyua:s_skip", "t_kyua:s_xfail",
	    "t_kyua:s_exit");
	ATF_CHECK_EQ(RUN_KYUA(tc, "report", "--results-file=res"), 0);
	require_out("^===> Failed tests$");
	require_out("^===> Broken tests$");
	require_out("^===> Skipped tests$");
	require_out("^===> Expected failures$");
	require_out("^t_kyua:s_fail  ->  failed: sample failure 1  \\[");
	require_out("^Test cases: 5 total, 1 skipped, 1 expected failures, "
		    "1 broken, 1 failed$");
	ATF_CHECK(!atf_utils_grep_file("s_pass", "kyua.out"));
	ATF_CHECK(!atf_utils_grep_file("sample stderr", "kyua.out"));
}

ATF_TC_WITHOUT_HEAD(report_verbose);
ATF_TC_BODY(report_verbose, tc)
{
	std_setup(tc);
	RUN_KYUA(tc, "test", "--results-file=res", "t_kyua:s_fail");
	ATF_CHECK_EQ(
	    RUN_KYUA(tc, "report", "--verbose", "--results-file=res"), 0);
	require_out("^===> t_kyua:s_fail$");
	require_out("^sample stdout$");
	require_out("^sample stderr$");
}

ATF_TC_WITHOUT_HEAD(report_junit);
ATF_TC_BODY(report_junit, tc)
{
	std_setup(tc);
	RUN_KYUA(tc, "test", "--results-file=res", "t_kyua:s_pass",
	    "t_kyua:s_fail", "t_kyua:s_skip", "t_kyua:s_exit");
	ATF_CHECK_EQ(RUN_KYUA(tc, "report-junit", "--results-file=res",
			 "--output=junit.xml"),
	    0);
	ATF_CHECK(atf_utils_grep_file("^<\\?xml version=\"1.0\"", "junit.xml"));
	ATF_CHECK(atf_utils_grep_file("^<testcase classname=\"t_kyua\" "
				      "name=\"s_fail\" time=\"[0-9.]+\">$",
	    "junit.xml"));
	ATF_CHECK(atf_utils_grep_file("^<failure message=\"sample failure "
				      "1\"/>$",
	    "junit.xml"));
	ATF_CHECK(atf_utils_grep_file(
	    "^<error message=\"Premature exit", "junit.xml"));
	ATF_CHECK(atf_utils_grep_file("^<skipped/>$", "junit.xml"));
	ATF_CHECK(atf_utils_grep_file("^</testsuite>$", "junit.xml"));
}

ATF_TC_WITHOUT_HEAD(plain_programs);
ATF_TC_BODY(plain_programs, tc)
{
	atf_utils_create_file("p_ok", "#!/bin/sh\nexit 0\n");
	atf_utils_create_file("p_bad", "#!/bin/sh\necho plain out\nexit 3\n");
	ATF_REQUIRE(chmod("p_ok", 0755) == 0 && chmod("p_bad", 0755) == 0);
	make_kyuafile("Kyuafile",
	    "plain_test_program{name=\"p_ok\"}\n"
	    "plain_test_program{name=\"p_bad\"}\n");
	ATF_CHECK_EQ(RUN_KYUA(tc, "test", "--results-file=res"), 1);
	require_out("^p_ok:main  ->  passed  \\[");
	require_out("^p_bad:main  ->  failed: Returned non-success exit "
		    "status 3  \\[");
	require_out("^1/2 passed \\(1 failed\\)$");
}

ATF_TC_WITHOUT_HEAD(tap_programs);
ATF_TC_BODY(tap_programs, tc)
{
	atf_utils_create_file("tap_ok",
	    "#!/bin/sh\necho 1..2\necho ok 1\necho 'not ok 2 # TODO x'\n");
	atf_utils_create_file("tap_bad",
	    "#!/bin/sh\necho 1..3\necho ok 1\necho not ok 2\necho ok 3\n");
	atf_utils_create_file("tap_skip", "#!/bin/sh\necho '1..0 # SKIP no'\n");
	atf_utils_create_file("tap_short", "#!/bin/sh\necho 1..2\necho ok\n");
	ATF_REQUIRE(chmod("tap_ok", 0755) == 0 && chmod("tap_bad", 0755) == 0);
	ATF_REQUIRE(chmod("tap_skip", 0755) == 0);
	ATF_REQUIRE(chmod("tap_short", 0755) == 0);
	make_kyuafile("Kyuafile",
	    "tap_test_program{name=\"tap_ok\"}\n"
	    "tap_test_program{name=\"tap_bad\"}\n"
	    "tap_test_program{name=\"tap_skip\"}\n"
	    "tap_test_program{name=\"tap_short\"}\n");
	ATF_CHECK_EQ(RUN_KYUA(tc, "test", "--results-file=res"), 1);
	require_out("^tap_ok:main  ->  passed  \\[");
	require_out("^tap_bad:main  ->  failed: 1 of 3 tests failed  \\[");
	require_out("^tap_skip:main  ->  skipped: no  \\[");
	require_out("^tap_short:main  ->  broken: TAP test program yielded "
		    "invalid data");
}

ATF_TC_WITHOUT_HEAD(broken_listing);
ATF_TC_BODY(broken_listing, tc)
{
	atf_utils_create_file("t_garbage", "#!/bin/sh\necho garbage\n");
	ATF_REQUIRE(chmod("t_garbage", 0755) == 0);
	make_kyuafile("Kyuafile", "atf_test_program{name=\"t_garbage\"}\n");
	ATF_CHECK_EQ(RUN_KYUA(tc, "test", "--results-file=res"), 1);
	require_out("^t_garbage:__test_cases_list__  ->  broken: Invalid "
		    "header for test case list; expecting Content-Type for "
		    "application/X-atf-tp version 1, got 'garbage'");
}

ATF_TC_WITHOUT_HEAD(bad_result_file);
ATF_TC_BODY(bad_result_file, tc)
{
	atf_utils_create_file("t_fake",
	    "#!/bin/sh\n"
	    "if [ \"$1\" = -l ]; then printf 'Content-Type: application/"
	    "X-atf-tp; version=\"1\"\\n\\nident: a\\n\\nident: b\\n'; "
	    "exit 0; fi\n"
	    "for a; do r=${a#-r}; [ \"$r\" != \"$a\" ] && res=$r; c=$a; "
	    "done\n"
	    "case $c in a) echo 'passed' >$res; exit 1;; "
	    "b) echo 'weird: x' >$res; exit 0;; esac\n");
	ATF_REQUIRE(chmod("t_fake", 0755) == 0);
	make_kyuafile("Kyuafile", "atf_test_program{name=\"t_fake\"}\n");
	ATF_CHECK_EQ(RUN_KYUA(tc, "test", "--results-file=res"), 1);
	require_out("^t_fake:a  ->  broken: Passed test case should have "
		    "reported success but exited with code 1");
	require_out("^t_fake:b  ->  broken: Unknown test result 'weird'");
}

ATF_TC_WITHOUT_HEAD(default_store);
ATF_TC_BODY(default_store, tc)
{
	std_setup(tc);
	ATF_CHECK_EQ(RUN_KYUA(tc, "test", "t_kyua:s_fail"), 1);
	require_out("^Results saved to .*/\\.kyua/store/results\\.");
	ATF_CHECK_EQ(RUN_KYUA(tc, "report"), 0);
	require_out("^t_kyua:s_fail  ->  failed: sample failure 1");
	require_out("^Results read from .*/\\.kyua/store/results\\.");
}

ATF_TC_WITHOUT_HEAD(debug);
ATF_TC_BODY(debug, tc)
{
	std_setup(tc);
	ATF_CHECK_EQ(RUN_KYUA(tc, "debug", "t_kyua:s_fail"), 1);
	require_out("^sample stdout$");
	require_err("^sample stderr$");
	require_out("^t_kyua:s_fail  ->  failed: sample failure 1$");
	ATF_CHECK_EQ(RUN_KYUA(tc, "debug", "t_kyua:s_pass"), 0);
	require_out("^t_kyua:s_pass  ->  passed$");
	ATF_CHECK_EQ(RUN_KYUA(tc, "debug", "t_kyua:s_nope"), 1);
	require_err("Unknown test case 't_kyua:s_nope'");
	ATF_CHECK_EQ(RUN_KYUA(tc, "debug", "t_kyua"), 3);
}

ATF_TC_WITHOUT_HEAD(usage_errors);
ATF_TC_BODY(usage_errors, tc)
{
	ATF_CHECK_EQ(RUN_KYUA(tc, "frobnicate"), 3);
	require_err("^Usage error: ");
	ATF_CHECK_EQ(RUN_KYUA(tc, "test", "--no-such-option"), 3);
	require_err("^Usage error: ");
	ATF_CHECK_EQ(RUN_KYUA(tc, "--version"), 0);
	require_out("^kyua \\(Kyua\\) ");
	ATF_CHECK_EQ(RUN_KYUA(tc, "help"), 0);
	require_out("report-junit");
}

ATF_TC_WITHOUT_HEAD(missing_kyuafile);
ATF_TC_BODY(missing_kyuafile, tc)
{
	ATF_CHECK(RUN_KYUA(tc, "test", "-k", "nothere/Kyuafile") != 0);
	require_err("nothere/Kyuafile");
}

ATF_TP_ADD_TCS(tp)
{
	if (getenv("H_KYUA_SAMPLES") != NULL)
		return add_samples(tp);
	ATF_TP_ADD_TC(tp, summary_mixed);
	ATF_TP_ADD_TC(tp, all_good_exit_zero);
	ATF_TP_ADD_TC(tp, cases_tsv);
	ATF_TP_ADD_TC(tp, timeout);
	ATF_TP_ADD_TC(tp, expect_timeout);
	ATF_TP_ADD_TC(tp, kyuafile_timeout);
	ATF_TP_ADD_TC(tp, crash);
	ATF_TP_ADD_TC(tp, premature_exit);
	ATF_TP_ADD_TC(tp, cleanup);
	ATF_TP_ADD_TC(tp, isolation);
	ATF_TP_ADD_TC(tp, workdir_removed);
	ATF_TP_ADD_TC(tp, config_variables);
	ATF_TP_ADD_TC(tp, config_file);
	ATF_TP_ADD_TC(tp, config_default_file);
	ATF_TP_ADD_TC(tp, require_progs);
	ATF_TP_ADD_TC(tp, require_files);
	ATF_TP_ADD_TC(tp, kyuafile_required_programs);
	ATF_TP_ADD_TC(tp, kyuafile_unclosed_table);
	ATF_TP_ADD_TC(tp, kyuafile_unknown_function);
	ATF_TP_ADD_TC(tp, kyuafile_no_syntax);
	ATF_TP_ADD_TC(tp, kyuafile_bad_syntax_version);
	ATF_TP_ADD_TC(tp, kyuafile_missing_program);
	ATF_TP_ADD_TC(tp, kyuafile_unknown_property);
	ATF_TP_ADD_TC(tp, kyuafile_unterminated_string);
	ATF_TP_ADD_TC(tp, kyuafile_absolute_name);
	ATF_TP_ADD_TC(tp, kyuafile_lexical);
	ATF_TP_ADD_TC(tp, include);
	ATF_TP_ADD_TC(tp, include_missing);
	ATF_TP_ADD_TC(tp, filter_unmatched);
	ATF_TP_ADD_TC(tp, list);
	ATF_TP_ADD_TC(tp, list_verbose);
	ATF_TP_ADD_TC(tp, report);
	ATF_TP_ADD_TC(tp, report_verbose);
	ATF_TP_ADD_TC(tp, report_junit);
	ATF_TP_ADD_TC(tp, plain_programs);
	ATF_TP_ADD_TC(tp, tap_programs);
	ATF_TP_ADD_TC(tp, broken_listing);
	ATF_TP_ADD_TC(tp, bad_result_file);
	ATF_TP_ADD_TC(tp, default_store);
	ATF_TP_ADD_TC(tp, debug);
	ATF_TP_ADD_TC(tp, usage_errors);
	ATF_TP_ADD_TC(tp, missing_kyuafile);
	return atf_no_error();
}
