/*
 * run.c: running a test case and reporting its result the way kyua
 * expects.  One test case runs per process, so the state of the running
 * case (what it expects, how many checks failed) lives in a single
 * context; the atf_tc_* reporting calls take no test-case argument.
 *
 * Result file lines: "passed", "failed: R", "skipped: R",
 * "expected_failure: R", "expected_exit[(N)]: R", "expected_signal[(N)]: R",
 * "expected_death: R", "expected_timeout: R".  Exit status 0 except for
 * "failed" (1).  Expectations of abnormal termination write their result
 * file as soon as they are announced, because the process may never get
 * another chance.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "atf-c/tc.h"
#include "atf-c/utils.h"
#include "atf_impl.h"

enum expect {
	EXPECT_PASS,
	EXPECT_FAIL,
	EXPECT_EXIT,
	EXPECT_SIGNAL,
	EXPECT_DEATH,
	EXPECT_TIMEOUT
};

static struct context {
	const atf_tc_t *tc;
	const char *resfile;
	enum expect expect;
	char *expect_reason;
	int fail_count;
	int expect_fail_count;
	int expect_previous_fail_count;
} ctx;

static void error_in_expect(const char *, ...)
    ATF_DEFS_ATTRIBUTE_FORMAT_PRINTF(1, 2) ATF_DEFS_ATTRIBUTE_NORETURN;
static void expected_failure(char *) ATF_DEFS_ATTRIBUTE_NORETURN;
static void fail_requirement(char *) ATF_DEFS_ATTRIBUTE_NORETURN;
static void pass(void) ATF_DEFS_ATTRIBUTE_NORETURN;
static void skip(char *) ATF_DEFS_ATTRIBUTE_NORETURN;

static void
write_all(int fd, const char *buf)
{
	size_t len, off;
	ssize_t n;

	len = strlen(buf);
	for (off = 0; off < len; off += (size_t)n) {
		n = write(fd, buf + off, len - off);
		if (n < 0 && errno == EINTR)
			n = 0;
		else if (n < 0)
			atf_impl_fatal("cannot write result file '%s': %s",
			    ctx.resfile, strerror(errno));
	}
}

static void
create_resfile(const char *result, int arg, char *reason)
{
	char *line;
	int fd;

	if (reason == NULL)
		line = atf_impl_format("%s\n", result);
	else if (arg == -1)
		line = atf_impl_format("%s: %s\n", result, reason);
	else
		line = atf_impl_format("%s(%d): %s\n", result, arg, reason);
	fflush(stdout);
	fflush(stderr);
	if (strcmp(ctx.resfile, "/dev/stdout") == 0)
		fd = STDOUT_FILENO;
	else if (strcmp(ctx.resfile, "/dev/stderr") == 0)
		fd = STDERR_FILENO;
	else {
		fd = open(ctx.resfile, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd == -1)
			atf_impl_fatal("cannot create result file '%s': %s",
			    ctx.resfile, strerror(errno));
	}
	write_all(fd, line);
	if (fd != STDOUT_FILENO && fd != STDERR_FILENO)
		close(fd);
	free(line);
}

static char *
format_reason(const char *file, size_t line, const char *fmt, va_list ap)
{
	char *msg, *reason;

	msg = atf_impl_vformat(fmt, ap);
	if (file == NULL)
		return msg;
	reason = atf_impl_format("%s:%zu: %s", file, line, msg);
	free(msg);
	return reason;
}

static void
expected_failure(char *reason)
{
	char *full;

	full = atf_impl_format("%s: %s", ctx.expect_reason, reason);
	create_resfile("expected_failure", -1, full);
	exit(EXIT_SUCCESS);
}

/* The test did something its current expectation rules out. */
static void
error_in_expect(const char *fmt, ...)
{
	va_list ap;

	ctx.expect = EXPECT_PASS;
	va_start(ap, fmt);
	fail_requirement(atf_impl_vformat(fmt, ap));
}

static void
fail_requirement(char *reason)
{
	if (ctx.expect == EXPECT_FAIL)
		expected_failure(reason);
	if (ctx.expect == EXPECT_PASS) {
		create_resfile("failed", -1, reason);
		exit(EXIT_FAILURE);
	}
	error_in_expect("Test case raised a failure but was not expecting one; "
			"reason was %s",
	    reason);
}

static void
fail_check(char *reason)
{
	if (ctx.expect == EXPECT_FAIL) {
		fprintf(stderr, "*** Expected check failure: %s: %s\n",
		    ctx.expect_reason, reason);
		ctx.expect_fail_count++;
	} else if (ctx.expect == EXPECT_PASS) {
		fprintf(stderr, "*** Check failed: %s\n", reason);
		ctx.fail_count++;
	} else
		error_in_expect("Test case raised a failure but was not "
				"expecting one; reason was %s",
		    reason);
	free(reason);
}

static void
pass(void)
{
	if (ctx.expect == EXPECT_FAIL)
		error_in_expect("Test case was expecting a failure but got a "
				"pass instead");
	if (ctx.expect != EXPECT_PASS)
		error_in_expect("Test case asked to explicitly pass but was "
				"not expecting such condition");
	create_resfile("passed", -1, NULL);
	exit(EXIT_SUCCESS);
}

static void
skip(char *reason)
{
	if (ctx.expect != EXPECT_PASS)
		error_in_expect("Can only skip a test case when running in "
				"expect pass mode");
	create_resfile("skipped", -1, reason);
	exit(EXIT_SUCCESS);
}

/* Called before the expectation changes and when the body returns. */
static void
validate_expect(void)
{
	switch (ctx.expect) {
	case EXPECT_DEATH:
		error_in_expect("Test case was expected to terminate abruptly "
				"but it continued execution");
	case EXPECT_EXIT:
		error_in_expect("Test case was expected to exit cleanly but it "
				"continued execution");
	case EXPECT_FAIL:
		if (ctx.expect_fail_count == ctx.expect_previous_fail_count)
			error_in_expect("Test case was expecting a failure but "
					"none were raised");
		break;
	case EXPECT_PASS:
		break;
	case EXPECT_SIGNAL:
		error_in_expect(
		    "Test case was expected to receive a "
		    "termination signal but it continued execution");
	case EXPECT_TIMEOUT:
		error_in_expect("Test case was expected to hang but it "
				"continued execution");
	}
}

static void
check_running(const char *func)
{
	if (ctx.tc == NULL)
		atf_impl_fatal("%s called outside a test case body", func);
}

/* Takes ownership of reason (may be NULL for EXPECT_PASS). */
static void
set_expect(enum expect expect, char *reason)
{
	validate_expect();
	ctx.expect = expect;
	ctx.expect_previous_fail_count = ctx.expect_fail_count;
	free(ctx.expect_reason);
	ctx.expect_reason = reason;
}

void
atf_tc_run(const atf_tc_t *tc, const char *resfile)
{
	ctx.tc = tc;
	ctx.resfile = resfile;
	ctx.expect = EXPECT_PASS;
	tc->tc_body(tc);
	validate_expect();
	if (ctx.fail_count > 0)
		fail_requirement(atf_impl_format("%d checks failed; see output "
						 "for more details",
		    ctx.fail_count));
	if (ctx.expect_fail_count > 0)
		expected_failure(
		    atf_impl_format("%d checks failed as "
				    "expected; see output for more details",
			ctx.expect_fail_count));
	pass();
}

void
atf_tc_cleanup(const atf_tc_t *tc)
{
	if (tc->tc_cleanup != NULL)
		tc->tc_cleanup(tc);
	exit(EXIT_SUCCESS);
}

void
atf_tc_fail(const char *fmt, ...)
{
	va_list ap;

	check_running(__func__);
	va_start(ap, fmt);
	fail_requirement(format_reason(NULL, 0, fmt, ap));
}

void
atf_tc_fail_nonfatal(const char *fmt, ...)
{
	va_list ap;

	check_running(__func__);
	va_start(ap, fmt);
	fail_check(format_reason(NULL, 0, fmt, ap));
	va_end(ap);
}

void
atf_tc_fail_check(const char *file, const size_t line, const char *fmt, ...)
{
	va_list ap;

	check_running(__func__);
	va_start(ap, fmt);
	fail_check(format_reason(file, line, fmt, ap));
	va_end(ap);
}

void
atf_tc_fail_requirement(
    const char *file, const size_t line, const char *fmt, ...)
{
	va_list ap;

	check_running(__func__);
	va_start(ap, fmt);
	fail_requirement(format_reason(file, line, fmt, ap));
}

static char *
errno_failure(const char *file, size_t line, int exp_errno,
    const char *expr_str, bool expr_result, int actual)
{
	if (!expr_result)
		return atf_impl_format(
		    "%s:%zu: Expected true value in %s", file, line, expr_str);
	if (actual != exp_errno)
		return atf_impl_format("%s:%zu: Expected errno %d, got %d, "
				       "in %s",
		    file, line, exp_errno, actual, expr_str);
	return NULL;
}

/*
 * The errno checks of ATF_CHECK_ERRNO and ATF_REQUIRE_ERRNO: a failure is
 * reported through fail (fail_check or fail_requirement).
 */
static void
check_errno(const char *func, const char *file, size_t line, int exp_errno,
    const char *expr_str, bool expr_result, void (*fail)(char *))
{
	int actual = errno;
	char *reason;

	check_running(func);
	reason =
	    errno_failure(file, line, exp_errno, expr_str, expr_result, actual);
	if (reason != NULL)
		fail(reason);
}

void
atf_tc_check_errno(const char *file, const size_t line, const int exp_errno,
    const char *expr_str, const bool expr_result)
{
	check_errno(
	    __func__, file, line, exp_errno, expr_str, expr_result, fail_check);
}

void
atf_tc_require_errno(const char *file, const size_t line, const int exp_errno,
    const char *expr_str, const bool expr_result)
{
	check_errno(__func__, file, line, exp_errno, expr_str, expr_result,
	    fail_requirement);
}

void
atf_tc_pass(void)
{
	check_running(__func__);
	pass();
}

void
atf_tc_skip(const char *fmt, ...)
{
	va_list ap;

	check_running(__func__);
	va_start(ap, fmt);
	skip(format_reason(NULL, 0, fmt, ap));
}

void
atf_tc_require_prog(const char *prog)
{
	const char *path;
	char *dir, *copy, *full;
	int found;

	check_running(__func__);
	if (strchr(prog, '/') != NULL) {
		if (access(prog, X_OK) != 0)
			atf_tc_skip("The required program %s could not be "
				    "found",
			    prog);
		return;
	}
	if ((path = getenv("PATH")) == NULL)
		path = "/bin:/usr/bin";
	copy = atf_impl_strdup(path);
	found = 0;
	for (dir = strtok(copy, ":"); dir != NULL && !found;
	     dir = strtok(NULL, ":")) {
		full = atf_impl_format("%s/%s", dir, prog);
		found = access(full, X_OK) == 0;
		free(full);
	}
	free(copy);
	/* Fails rather than skips here, as atf-c 0.21 does. */
	if (!found)
		atf_tc_fail("The required program %s could not be found in the "
			    "PATH",
		    prog);
}

void
atf_tc_expect_pass(void)
{
	check_running(__func__);
	set_expect(EXPECT_PASS, NULL);
}

void
atf_tc_expect_fail(const char *fmt, ...)
{
	va_list ap;

	check_running(__func__);
	va_start(ap, fmt);
	set_expect(EXPECT_FAIL, atf_impl_vformat(fmt, ap));
	va_end(ap);
}

/*
 * Expects the body to end other than by returning: records the
 * expectation and writes the result file now, since the process may not
 * get another chance.
 */
static void
expect_ending(enum expect expect, const char *result, int arg, const char *fmt,
    va_list ap)
{
	set_expect(expect, atf_impl_vformat(fmt, ap));
	create_resfile(result, arg, atf_impl_strdup(ctx.expect_reason));
}

void
atf_tc_expect_exit(const int exitcode, const char *fmt, ...)
{
	va_list ap;

	check_running(__func__);
	va_start(ap, fmt);
	expect_ending(EXPECT_EXIT, "expected_exit", exitcode, fmt, ap);
	va_end(ap);
}

void
atf_tc_expect_signal(const int signo, const char *fmt, ...)
{
	va_list ap;

	check_running(__func__);
	va_start(ap, fmt);
	expect_ending(EXPECT_SIGNAL, "expected_signal", signo, fmt, ap);
	va_end(ap);
}

void
atf_tc_expect_death(const char *fmt, ...)
{
	va_list ap;

	check_running(__func__);
	va_start(ap, fmt);
	expect_ending(EXPECT_DEATH, "expected_death", -1, fmt, ap);
	va_end(ap);
}

void
atf_tc_expect_timeout(const char *fmt, ...)
{
	va_list ap;

	check_running(__func__);
	va_start(ap, fmt);
	expect_ending(EXPECT_TIMEOUT, "expected_timeout", -1, fmt, ap);
	va_end(ap);
}
