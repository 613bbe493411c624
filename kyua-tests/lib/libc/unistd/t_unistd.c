/*
 * t_unistd: sysconf, pathconf/fpathconf, sleep/usleep, getprogname/
 * setprogname, gethostname, assert's message and status, and
 * exit/atexit/_Exit ordering.
 */
#include <atf-c.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#undef NDEBUG
#include <assert.h>

#include "h_tc.h"

TC(sysconf_values,
    "sysconf reports the page size, open-file limit, "
    "clock ticks and POSIX version")
{
	ATF_CHECK_EQ(sysconf(_SC_PAGESIZE), 4096);
	ATF_CHECK_EQ(sysconf(_SC_PAGE_SIZE), 4096);
	ATF_CHECK(sysconf(_SC_OPEN_MAX) >= 20);
	ATF_CHECK_EQ(sysconf(_SC_CLK_TCK), 100);
	ATF_CHECK(sysconf(_SC_ARG_MAX) >= 4096);
	ATF_CHECK(sysconf(_SC_VERSION) >= 200112L);
	ATF_CHECK(sysconf(_SC_NGROUPS_MAX) >= 8);
	ATF_CHECK_EQ(sysconf(_SC_LINE_MAX), LINE_MAX);
	ATF_CHECK(sysconf(_SC_NPROCESSORS_ONLN) >= 1);
	ATF_CHECK_EQ(sysconf(_SC_JOB_CONTROL), 1);
}

TC(sysconf_invalid, "sysconf of an unknown name fails EINVAL")
{
	errno = 0;
	ATF_CHECK_EQ(sysconf(-1), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(sysconf(5000), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(pathconf_test,
    "pathconf/fpathconf report limits; a bad name is "
    "EINVAL, a missing file ENOENT, a closed fd EBADF")
{
	int fd = open(".", O_RDONLY);

	ATF_CHECK(pathconf(".", _PC_NAME_MAX) >= 14);
	ATF_CHECK(pathconf(".", _PC_PATH_MAX) >= 256);
	ATF_CHECK(fpathconf(fd, _PC_LINK_MAX) >= 8);
	errno = 0;
	ATF_CHECK_EQ(pathconf(".", 9999), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(pathconf("missing", _PC_NAME_MAX), -1);
	ATF_CHECK_EQ(errno, ENOENT);
	errno = 0;
	ATF_CHECK_EQ(fpathconf(99, _PC_NAME_MAX), -1);
	ATF_CHECK_EQ(errno, EBADF);
}

TC(sleep_test, "sleep(1) takes about a second and returns 0")
{
	struct timespec a, b;

	clock_gettime(CLOCK_MONOTONIC, &a);
	ATF_CHECK_EQ(sleep(1), 0);
	clock_gettime(CLOCK_MONOTONIC, &b);
	ATF_CHECK(
	    (b.tv_sec - a.tv_sec) * 1000000000L + (b.tv_nsec - a.tv_nsec) >=
	    1000000000L);
	ATF_CHECK_EQ(sleep(0), 0);
}

static void
on_alarm(int sig)
{
	(void)sig;
}

TC(sleep_interrupted,
    "a signal cuts sleep short and it returns the "
    "seconds left")
{
	struct sigaction sa;
	unsigned int left;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm;
	ATF_REQUIRE(sigaction(SIGALRM, &sa, NULL) == 0);
	alarm(1);
	left = sleep(10);
	ATF_CHECK(left >= 8 && left <= 10);
}

TC(usleep_test, "usleep sleeps; 1000000 or more is EINVAL")
{
	struct timespec a, b;
	long ns;

	clock_gettime(CLOCK_MONOTONIC, &a);
	ATF_CHECK_EQ(usleep(20000), 0);
	clock_gettime(CLOCK_MONOTONIC, &b);
	ns = (b.tv_sec - a.tv_sec) * 1000000000L + (b.tv_nsec - a.tv_nsec);
	ATF_CHECK(ns >= 20000000L);
	errno = 0;
	ATF_CHECK_EQ(usleep(1000000), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	ATF_CHECK_EQ(usleep(0), 0);
}

TC(progname,
    "getprogname is the last part of argv[0]; setprogname "
    "strips directories")
{
	/* <stdlib.h> declares getprogname __constfunc: call it opaquely. */
	const char *(*volatile gp)(void) = getprogname;

	ATF_CHECK_STREQ(gp(), "t_unistd");
	setprogname("/usr/bin/other");
	ATF_CHECK_STREQ(gp(), "other");
	setprogname("plain");
	ATF_CHECK_STREQ(gp(), "plain");
}

TC(hostname,
    "gethostname returns uname's node name; a short buffer is "
    "ENAMETOOLONG")
{
	char buf[256], tiny[1];

	ATF_REQUIRE(gethostname(buf, sizeof(buf)) == 0);
	ATF_CHECK(strlen(buf) > 0);
	errno = 0;
	ATF_CHECK_EQ(gethostname(tiny, sizeof(tiny)), -1);
	ATF_CHECK_EQ(errno, ENAMETOOLONG);
}

TC(assert_fails,
    "a failed assert prints the expression, file, line and "
    "function to stderr and aborts")
{
	char out[512];
	int p[2], st;
	ssize_t n, got = 0;
	pid_t pid;

	ATF_REQUIRE(pipe(p) == 0);
	pid = fork();
	if (pid == 0) {
		int one = 1;

		dup2(p[1], STDERR_FILENO);
		assert(one == 2);
		_exit(0);
	}
	close(p[1]);
	while ((n = read(p[0], out + got, sizeof(out) - 1 - (size_t)got)) > 0)
		got += n;
	out[got] = '\0';
	ATF_REQUIRE(waitpid(pid, &st, 0) == pid);
	ATF_CHECK(WIFSIGNALED(st) && WTERMSIG(st) == SIGABRT);
	ATF_CHECK_MSG(
	    strstr(out, "assertion \"one == 2\" failed: file \"") != NULL,
	    "got: %s", out);
	ATF_CHECK(strstr(out, "t_unistd.c\", line ") != NULL);
	ATF_CHECK(strstr(out, "function \"atfu_assert_fails_body\"") != NULL);
}

TC(assert_passes, "a true assert does nothing")
{
	int x = 1;

	assert(x == 1);
	ATF_CHECK_EQ(x, 1);
}

static void
h1(void)
{
	(void)write(STDOUT_FILENO, "1", 1);
}

static void
h2(void)
{
	(void)write(STDOUT_FILENO, "2", 1);
}

static void
h3(void)
{
	(void)write(STDOUT_FILENO, "3", 1);
}

static int
child_output(void (*fn)(void), char *out, size_t size, int *status)
{
	int p[2];
	ssize_t n, got = 0;
	pid_t pid;

	ATF_REQUIRE(pipe(p) == 0);
	pid = fork();
	if (pid == 0) {
		dup2(p[1], STDOUT_FILENO);
		fn();
		_exit(0);
	}
	close(p[1]);
	while ((n = read(p[0], out + got, size - 1 - (size_t)got)) > 0)
		got += n;
	out[got] = '\0';
	close(p[0]);
	ATF_REQUIRE(waitpid(pid, status, 0) == pid);
	return (int)got;
}

static void
exit_with_handlers(void)
{
	atexit(h1);
	atexit(h2);
	atexit(h3);
	exit(4);
}

TC(atexit_order,
    "exit runs atexit handlers in reverse order, then exits "
    "with the status")
{
	char out[16];
	int st;

	child_output(exit_with_handlers, out, sizeof(out), &st);
	ATF_CHECK_STREQ(out, "321");
	ATF_CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 4);
}

static void
underscore_exit(void)
{
	atexit(h1);
	_Exit(6);
}

TC(_Exit_skips, "_Exit does not run atexit handlers")
{
	char out[16];
	int st;

	child_output(underscore_exit, out, sizeof(out), &st);
	ATF_CHECK_STREQ(out, "");
	ATF_CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 6);
}

static void
many(void)
{
	int i;

	for (i = 0; i < 40; i++)
		ATF_REQUIRE(atexit(h2) == 0);
	exit(0);
}

TC(atexit_many, "more than 32 handlers can be registered and all run")
{
	char out[64];
	int st;

	ATF_CHECK_EQ(child_output(many, out, sizeof(out), &st), 40);
	ATF_CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
}

static void
nested_h(void)
{
	(void)write(STDOUT_FILENO, "n", 1);
	atexit(h3);
}

static void
nested(void)
{
	atexit(nested_h);
	exit(0);
}

TC(atexit_nested, "a handler registered while exiting still runs")
{
	char out[16];
	int st;

	child_output(nested, out, sizeof(out), &st);
	ATF_CHECK_STREQ(out, "n3");
}

static int ctor_ran;

__attribute__((constructor)) static void
ctor(void)
{
	ctor_ran = getpid();
}

TC(constructor, "static constructors run before main")
{
	ATF_CHECK_EQ(ctor_ran, getpid());
}

static int dtor_fd = -1;

__attribute__((destructor)) static void
dtor(void)
{
	if (dtor_fd >= 0)
		(void)write(dtor_fd, "D", 1);
}

static void
exit_with_dtor(void)
{
	dtor_fd = STDOUT_FILENO;
	atexit(h1);
	exit(0);
}

TC(destructor, "static destructors run at exit, after atexit handlers")
{
	char out[16];
	int st;

	child_output(exit_with_dtor, out, sizeof(out), &st);
	ATF_CHECK_STREQ(out, "1D");
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, constructor);
	ATF_TP_ADD_TC(tp, destructor);
	ATF_TP_ADD_TC(tp, sysconf_values);
	ATF_TP_ADD_TC(tp, sysconf_invalid);
	ATF_TP_ADD_TC(tp, pathconf_test);
	ATF_TP_ADD_TC(tp, sleep_test);
	ATF_TP_ADD_TC(tp, sleep_interrupted);
	ATF_TP_ADD_TC(tp, usleep_test);
	ATF_TP_ADD_TC(tp, progname);
	ATF_TP_ADD_TC(tp, hostname);
	ATF_TP_ADD_TC(tp, assert_fails);
	ATF_TP_ADD_TC(tp, assert_passes);
	ATF_TP_ADD_TC(tp, atexit_order);
	ATF_TP_ADD_TC(tp, _Exit_skips);
	ATF_TP_ADD_TC(tp, atexit_many);
	ATF_TP_ADD_TC(tp, atexit_nested);
	return atf_no_error();
}
