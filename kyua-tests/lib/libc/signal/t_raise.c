/*
 * t_raise: raise(3), signal(3) with BSD semantics, siginterrupt(3),
 * killpg(3) and abort(3)'s termination status.
 */
#include <atf-c.h>
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "h_tc.h"

static volatile sig_atomic_t caught, count;

static void
handler(int sig)
{
	caught = sig;
	count++;
}

static int
status_of(void (*fn)(void))
{
	pid_t pid = fork();
	int st;

	ATF_REQUIRE(pid >= 0);
	if (pid == 0) {
		fn();
		_exit(0);
	}
	ATF_REQUIRE(waitpid(pid, &st, 0) == pid);
	return st;
}

TC(raise_handler, "raise runs the handler before returning 0")
{
	ATF_REQUIRE(signal(SIGUSR1, handler) != SIG_ERR);
	caught = 0;
	ATF_CHECK_EQ(raise(SIGUSR1), 0);
	ATF_CHECK_EQ(caught, SIGUSR1);
}

TC(raise_invalid, "raise of an invalid signal fails EINVAL")
{
	errno = 0;
	ATF_CHECK_EQ(raise(-5), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(raise(_NSIG + 1), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

static void
raise_term(void)
{
	raise(SIGTERM);
}

TC(raise_default, "raise of SIGTERM with the default action kills")
{
	int st = status_of(raise_term);

	ATF_CHECK(WIFSIGNALED(st));
	ATF_CHECK_EQ(WTERMSIG(st), SIGTERM);
}

TC(signal_persists, "a signal(3) handler stays installed (BSD semantics)")
{
	ATF_REQUIRE(signal(SIGUSR2, handler) != SIG_ERR);
	count = 0;
	raise(SIGUSR2);
	raise(SIGUSR2);
	raise(SIGUSR2);
	ATF_CHECK_EQ(count, 3);
}

TC(signal_returns_old, "signal returns the previous handler")
{
	ATF_REQUIRE(signal(SIGHUP, SIG_IGN) != SIG_ERR);
	ATF_CHECK(signal(SIGHUP, handler) == SIG_IGN);
	ATF_CHECK(signal(SIGHUP, SIG_DFL) == handler);
}

TC(signal_errors,
    "signal on SIGKILL or a bad number returns SIG_ERR "
    "with EINVAL")
{
	errno = 0;
	ATF_CHECK(signal(SIGKILL, handler) == SIG_ERR);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK(signal(0, handler) == SIG_ERR);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(signal_restart,
    "signal(3) handlers restart system calls; after "
    "siginterrupt(sig, 1) the call fails EINTR")
{
	struct sigaction sa;

	ATF_REQUIRE(signal(SIGALRM, handler) != SIG_ERR);
	ATF_REQUIRE(sigaction(SIGALRM, NULL, &sa) == 0);
	ATF_CHECK(sa.sa_flags & SA_RESTART);
	ATF_REQUIRE(siginterrupt(SIGALRM, 1) == 0);
	ATF_REQUIRE(sigaction(SIGALRM, NULL, &sa) == 0);
	ATF_CHECK((sa.sa_flags & SA_RESTART) == 0);
	{
		int p[2];
		char c;

		ATF_REQUIRE(pipe(p) == 0);
		alarm(1);
		errno = 0;
		ATF_CHECK_EQ(read(p[0], &c, 1), -1);
		ATF_CHECK_EQ(errno, EINTR);
	}
	ATF_REQUIRE(signal(SIGALRM, handler) != SIG_ERR);
	ATF_REQUIRE(sigaction(SIGALRM, NULL, &sa) == 0);
	ATF_CHECK((sa.sa_flags & SA_RESTART) == 0);
	ATF_REQUIRE(siginterrupt(SIGALRM, 0) == 0);
	ATF_REQUIRE(sigaction(SIGALRM, NULL, &sa) == 0);
	ATF_CHECK(sa.sa_flags & SA_RESTART);
}

static void
do_abort(void)
{
	abort();
}

TC(abort_status, "abort kills with SIGABRT (6)")
{
	int st = status_of(do_abort);

	ATF_CHECK(WIFSIGNALED(st));
	ATF_CHECK_EQ(WTERMSIG(st), SIGABRT);
	ATF_CHECK_EQ(SIGABRT, 6);
}

static void
abort_blocked(void)
{
	sigset_t s;

	sigemptyset(&s);
	sigaddset(&s, SIGABRT);
	sigprocmask(SIG_BLOCK, &s, NULL);
	abort();
}

TC(abort_blocked, "abort works even with SIGABRT blocked")
{
	int st = status_of(abort_blocked);

	ATF_CHECK(WIFSIGNALED(st));
	ATF_CHECK_EQ(WTERMSIG(st), SIGABRT);
}

static void
abort_ignored(void)
{
	signal(SIGABRT, SIG_IGN);
	abort();
}

TC(abort_ignored, "abort works even with SIGABRT ignored")
{
	int st = status_of(abort_ignored);

	ATF_CHECK(WIFSIGNALED(st));
	ATF_CHECK_EQ(WTERMSIG(st), SIGABRT);
}

static void
abort_handler(int sig)
{
	(void)sig;
	count++;
}

static void
abort_caught(void)
{
	signal(SIGABRT, abort_handler);
	abort();
}

TC(abort_handler_returns,
    "if a SIGABRT handler returns, abort still "
    "terminates the process with SIGABRT")
{
	int st = status_of(abort_caught);

	ATF_CHECK(WIFSIGNALED(st));
	ATF_CHECK_EQ(WTERMSIG(st), SIGABRT);
}

TC(killpg_test,
    "killpg signals a process group; a negative group is "
    "EINVAL")
{
	pid_t pid;
	int st, p[2];
	char c;

	ATF_REQUIRE(pipe(p) == 0);
	pid = fork();
	if (pid == 0) {
		setpgid(0, 0);
		(void)write(p[1], "r", 1);
		for (;;)
			pause();
	}
	ATF_REQUIRE(read(p[0], &c, 1) == 1);
	(void)setpgid(pid, pid);
	ATF_CHECK_EQ(killpg(pid, SIGTERM), 0);
	ATF_REQUIRE(waitpid(pid, &st, 0) == pid);
	ATF_CHECK(WIFSIGNALED(st) && WTERMSIG(st) == SIGTERM);
	errno = 0;
	ATF_CHECK_EQ(killpg(-3, SIGTERM), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, raise_handler);
	ATF_TP_ADD_TC(tp, raise_invalid);
	ATF_TP_ADD_TC(tp, raise_default);
	ATF_TP_ADD_TC(tp, signal_persists);
	ATF_TP_ADD_TC(tp, signal_returns_old);
	ATF_TP_ADD_TC(tp, signal_errors);
	ATF_TP_ADD_TC(tp, signal_restart);
	ATF_TP_ADD_TC(tp, abort_status);
	ATF_TP_ADD_TC(tp, abort_blocked);
	ATF_TP_ADD_TC(tp, abort_ignored);
	ATF_TP_ADD_TC(tp, abort_handler_returns);
	ATF_TP_ADD_TC(tp, killpg_test);
	return atf_no_error();
}
