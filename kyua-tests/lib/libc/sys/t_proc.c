/*
 * t_proc: processes: fork, wait4/waitpid/wait statuses (exit codes and
 * NetBSD signal numbers), kill errors, execve, ids, times, getrusage,
 * resource limits, uname and the clocks.
 */
#include <atf-c.h>
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "h_tc.h"

static int
child_status(void (*body)(void))
{
	pid_t pid, w;
	int st;

	pid = fork();
	ATF_REQUIRE(pid >= 0);
	if (pid == 0) {
		body();
		_exit(99);
	}
	w = waitpid(pid, &st, 0);
	ATF_REQUIRE_EQ(w, pid);
	return st;
}

static void
exit_42(void)
{
	_exit(42);
}

static void
kill_self_term(void)
{
	kill(getpid(), SIGTERM);
}

static void
kill_self_usr1(void)
{
	kill(getpid(), SIGUSR1);
}

static void
kill_self_kill(void)
{
	kill(getpid(), SIGKILL);
}

static void
kill_self_info(void)
{
	kill(getpid(), SIGINFO); /* ignored by default on NetBSD */
	_exit(7);
}

TC(fork_exit_code, "the parent sees the child's exit code")
{
	int st = child_status(exit_42);

	ATF_CHECK(WIFEXITED(st));
	ATF_CHECK(!WIFSIGNALED(st));
	ATF_CHECK_EQ(WEXITSTATUS(st), 42);
}

TC(fork_exit_255, "exit codes keep 8 bits")
{
	pid_t pid = fork();
	int st;

	if (pid == 0)
		_exit(0x1ff);
	ATF_REQUIRE(waitpid(pid, &st, 0) == pid);
	ATF_CHECK_EQ(WEXITSTATUS(st), 0xff);
}

TC(wait_sigterm, "a child killed by SIGTERM reports WTERMSIG 15")
{
	int st = child_status(kill_self_term);

	ATF_CHECK(WIFSIGNALED(st));
	ATF_CHECK_EQ(WTERMSIG(st), SIGTERM);
	ATF_CHECK_EQ(SIGTERM, 15);
}

TC(wait_sigusr1, "a child killed by SIGUSR1 reports NetBSD's number 30")
{
	int st = child_status(kill_self_usr1);

	ATF_CHECK(WIFSIGNALED(st));
	ATF_CHECK_EQ(WTERMSIG(st), 30);
}

TC(wait_sigkill, "a child killed by SIGKILL reports 9")
{
	int st = child_status(kill_self_kill);

	ATF_CHECK(WIFSIGNALED(st));
	ATF_CHECK_EQ(WTERMSIG(st), SIGKILL);
}

TC(siginfo_default_ignored, "SIGINFO (29) does not kill by default")
{
	struct sigaction sa;
	int st;

	ATF_REQUIRE(sigaction(SIGINFO, NULL, &sa) == 0);
	ATF_CHECK(sa.sa_handler == SIG_DFL);
	st = child_status(kill_self_info);

	ATF_CHECK(WIFEXITED(st));
	ATF_CHECK_EQ(WEXITSTATUS(st), 7);
}

TC(wait_stopped,
    "WUNTRACED reports a stopped child with WSTOPSIG "
    "SIGSTOP (17); SIGCONT then lets it finish")
{
	pid_t pid = fork();
	int st;

	if (pid == 0) {
		kill(getpid(), SIGSTOP);
		_exit(5);
	}
	ATF_REQUIRE(waitpid(pid, &st, WUNTRACED) == pid);
	ATF_CHECK(WIFSTOPPED(st));
	ATF_CHECK_EQ(WSTOPSIG(st), SIGSTOP);
	ATF_CHECK_EQ(SIGSTOP, 17);
	ATF_REQUIRE(kill(pid, SIGCONT) == 0);
	ATF_REQUIRE(waitpid(pid, &st, 0) == pid);
	ATF_CHECK(WIFEXITED(st));
	ATF_CHECK_EQ(WEXITSTATUS(st), 5);
}

TC(wait_nohang, "WNOHANG returns 0 while the child runs")
{
	int p[2], st;
	pid_t pid;
	char c;

	ATF_REQUIRE(pipe(p) == 0);
	pid = fork();
	if (pid == 0) {
		close(p[1]);
		(void)read(p[0], &c, 1);
		_exit(0);
	}
	close(p[0]);
	ATF_CHECK_EQ(waitpid(pid, &st, WNOHANG), 0);
	close(p[1]);
	ATF_CHECK_EQ(waitpid(pid, &st, 0), pid);
}

TC(wait_echild,
    "waiting with no children fails ECHILD (10); bad "
    "options EINVAL")
{
	int st;

	errno = 0;
	ATF_CHECK_EQ(wait(&st), -1);
	ATF_CHECK_EQ(errno, ECHILD);
	ATF_CHECK_EQ(ECHILD, 10);
	errno = 0;
	ATF_CHECK_EQ(waitpid(-1, &st, 0x4000000), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(wait4_rusage, "wait4 fills struct rusage for the child")
{
	struct rusage ru;
	pid_t pid = fork();
	int st;

	if (pid == 0)
		_exit(0);
	memset(&ru, 0xff, sizeof(ru));
	ATF_REQUIRE(wait4(pid, &st, 0, &ru) == pid);
	ATF_CHECK(ru.ru_utime.tv_usec >= 0 && ru.ru_utime.tv_usec < 1000000);
	ATF_CHECK(ru.ru_stime.tv_sec >= 0);
}

TC(pids, "getpid/getppid: the child's parent is us")
{
	pid_t me = getpid(), pid;
	int p[2];
	pid_t seen;

	ATF_CHECK(me > 0);
	ATF_REQUIRE(pipe(p) == 0);
	pid = fork();
	if (pid == 0) {
		seen = getppid();
		(void)write(p[1], &seen, sizeof(seen));
		_exit(0);
	}
	ATF_REQUIRE(read(p[0], &seen, sizeof(seen)) == sizeof(seen));
	ATF_CHECK_EQ(seen, me);
	ATF_CHECK(pid != me);
	waitpid(pid, NULL, 0);
}

TC(kill_errors,
    "kill: bad signal EINVAL, no such process ESRCH, "
    "signal 0 probes")
{
	errno = 0;
	ATF_CHECK_EQ(kill(getpid(), 0), 0);
	ATF_CHECK_EQ(kill(getpid(), 99), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(kill(getpid(), -1), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(kill(999999999, SIGTERM), -1);
	ATF_CHECK_EQ(errno, ESRCH);
	ATF_CHECK_EQ(ESRCH, 3);
}

TC(execve_true, "execve runs a program; the child exits with its code")
{
	char *argv[] = { "sh", "-c", "exit 3", NULL };
	char *envp[] = { NULL };
	pid_t pid = fork();
	int st;

	if (pid == 0) {
		execve("/bin/sh", argv, envp);
		_exit(127);
	}
	ATF_REQUIRE(waitpid(pid, &st, 0) == pid);
	ATF_CHECK(WIFEXITED(st));
	ATF_CHECK_EQ(WEXITSTATUS(st), 3);
}

TC(execve_errors,
    "execve of a missing file is ENOENT, of a directory "
    "EACCES")
{
	char *argv[] = { "x", NULL };

	errno = 0;
	ATF_CHECK_EQ(execve("/nonexistent/prog", argv, argv + 1), -1);
	ATF_CHECK_EQ(errno, ENOENT);
	errno = 0;
	ATF_CHECK_EQ(execve("/", argv, argv + 1), -1);
	ATF_CHECK_EQ(errno, EACCES);
}

TC(ids, "real and effective ids are consistent with getgroups")
{
	gid_t groups[64];
	int n;

	ATF_CHECK_EQ(getuid(), geteuid());
	ATF_CHECK_EQ(getgid(), getegid());
	n = getgroups(64, groups);
	ATF_CHECK(n >= 0);
	ATF_CHECK_EQ(getgroups(0, NULL), n);
	ATF_CHECK(getpgrp() > 0);
	ATF_CHECK_EQ(getpgid(0), getpgrp());
	ATF_CHECK(getsid(0) > 0);
	if (getuid() != 0) {
		errno = 0;
		ATF_CHECK_EQ(setuid(0), -1);
		ATF_CHECK_EQ(errno, EPERM);
	}
}

TC(setsid_test, "setsid in a child makes it a session and group leader")
{
	int p[2];
	pid_t pid, r[3];

	ATF_REQUIRE(pipe(p) == 0);
	pid = fork();
	if (pid == 0) {
		r[0] = setsid();
		r[1] = getsid(0);
		r[2] = getpgrp();
		(void)write(p[1], r, sizeof(r));
		_exit(0);
	}
	ATF_REQUIRE(read(p[0], r, sizeof(r)) == sizeof(r));
	ATF_CHECK_EQ(r[0], pid);
	ATF_CHECK_EQ(r[1], pid);
	ATF_CHECK_EQ(r[2], pid);
	waitpid(pid, NULL, 0);
	errno = 0;
	if (getpgrp() == getpid()) {
		ATF_CHECK_EQ(setsid(), -1);
		ATF_CHECK_EQ(errno, EPERM);
	}
}

TC(times_test, "times counts CPU time in clock ticks")
{
	struct tms t;
	volatile unsigned long x = 0;
	clock_t r;
	unsigned long i;

	for (i = 0; i < 50000000UL; i++)
		x += i;
	r = times(&t);
	ATF_CHECK(r != (clock_t)-1);
	ATF_CHECK(t.tms_utime + t.tms_stime > 0);
	ATF_CHECK_EQ(t.tms_cutime, 0);
	ATF_CHECK(x != 1);
}

TC(getrusage_test, "getrusage RUSAGE_SELF works, a bad who is EINVAL")
{
	struct rusage ru;

	ATF_CHECK_EQ(getrusage(RUSAGE_SELF, &ru), 0);
	ATF_CHECK(ru.ru_maxrss > 0);
	ATF_CHECK_EQ(getrusage(RUSAGE_CHILDREN, &ru), 0);
	errno = 0;
	ATF_CHECK_EQ(getrusage(5, &ru), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(rlimit_test,
    "getrlimit/setrlimit on RLIMIT_NOFILE (8): lowering the "
    "soft limit makes open fail EMFILE")
{
	struct rlimit rl, low;
	int fds = 0, fd, opened[16];

	ATF_CHECK_EQ(RLIMIT_NOFILE, 8);
	ATF_REQUIRE(getrlimit(RLIMIT_NOFILE, &rl) == 0);
	ATF_CHECK(rl.rlim_cur <= rl.rlim_max);
	low = rl;
	low.rlim_cur = 10;
	ATF_REQUIRE(setrlimit(RLIMIT_NOFILE, &low) == 0);
	ATF_REQUIRE(getrlimit(RLIMIT_NOFILE, &low) == 0);
	ATF_CHECK_EQ(low.rlim_cur, 10);
	errno = 0;
	while (fds < 16 && (fd = dup(0)) >= 0)
		opened[fds++] = fd;
	ATF_CHECK_EQ(errno, EMFILE);
	ATF_CHECK(fds < 10);
	while (fds > 0)
		close(opened[--fds]);
	ATF_REQUIRE(setrlimit(RLIMIT_NOFILE, &rl) == 0);
	errno = 0;
	ATF_CHECK_EQ(getrlimit(42, &rl), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	low.rlim_cur = low.rlim_max + 1;
	if (low.rlim_max != RLIM_INFINITY) {
		errno = 0;
		ATF_CHECK_EQ(setrlimit(RLIMIT_NOFILE, &low), -1);
		ATF_CHECK_EQ(errno, EINVAL);
	}
}

TC(uname_test, "uname fills every field with a NUL-terminated string")
{
	struct utsname u;

	ATF_REQUIRE(uname(&u) == 0);
	ATF_CHECK(strlen(u.sysname) > 0 && strlen(u.sysname) < _SYS_NMLN);
	ATF_CHECK(strlen(u.release) > 0);
	ATF_CHECK(strlen(u.machine) > 0);
	ATF_CHECK(strlen(u.nodename) < _SYS_NMLN);
}

TC(clocks,
    "gettimeofday and CLOCK_REALTIME agree; CLOCK_MONOTONIC "
    "does not go back; a bad clock id is EINVAL")
{
	struct timespec a, b, res;
	struct timeval tv;

	ATF_REQUIRE(gettimeofday(&tv, NULL) == 0);
	ATF_REQUIRE(clock_gettime(CLOCK_REALTIME, &a) == 0);
	ATF_CHECK(a.tv_sec - tv.tv_sec <= 1 && a.tv_sec >= tv.tv_sec);
	ATF_CHECK(tv.tv_usec >= 0 && tv.tv_usec < 1000000);
	ATF_REQUIRE(clock_gettime(CLOCK_MONOTONIC, &a) == 0);
	ATF_REQUIRE(clock_gettime(CLOCK_MONOTONIC, &b) == 0);
	ATF_CHECK(b.tv_sec > a.tv_sec ||
	    (b.tv_sec == a.tv_sec && b.tv_nsec >= a.tv_nsec));
	ATF_CHECK_EQ(clock_getres(CLOCK_MONOTONIC, &res), 0);
	ATF_CHECK(res.tv_sec == 0 && res.tv_nsec > 0);
	errno = 0;
	ATF_CHECK_EQ(clock_gettime(12345, &a), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(nanosleep_test,
    "nanosleep sleeps at least the time asked; a bad "
    "tv_nsec is EINVAL")
{
	struct timespec req = { 0, 50000000L }, a, b;
	long ns;

	ATF_REQUIRE(clock_gettime(CLOCK_MONOTONIC, &a) == 0);
	ATF_CHECK_EQ(nanosleep(&req, NULL), 0);
	ATF_REQUIRE(clock_gettime(CLOCK_MONOTONIC, &b) == 0);
	ns = (b.tv_sec - a.tv_sec) * 1000000000L + (b.tv_nsec - a.tv_nsec);
	ATF_CHECK(ns >= 50000000L);
	req.tv_nsec = 1000000000L;
	errno = 0;
	ATF_CHECK_EQ(nanosleep(&req, NULL), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(waitid_exited,
    "waitid P_PID/WEXITED fills si_pid, si_code "
    "CLD_EXITED and si_status; WNOWAIT leaves the child waitable")
{
	siginfo_t si;
	pid_t pid = fork();
	int st;

	if (pid == 0)
		_exit(21);
	memset(&si, 0, sizeof(si));
	ATF_REQUIRE(waitid(P_PID, (id_t)pid, &si, WEXITED | WNOWAIT) == 0);
	ATF_CHECK_EQ(si.si_signo, SIGCHLD);
	ATF_CHECK_EQ(si.si_pid, pid);
	ATF_CHECK_EQ(si.si_code, CLD_EXITED);
	ATF_CHECK_EQ(si.si_status, 21);
	ATF_REQUIRE(waitpid(pid, &st, 0) == pid);
	ATF_CHECK_EQ(WEXITSTATUS(st), 21);
}

TC(waitid_killed,
    "waitid reports a killed child with CLD_KILLED and "
    "the NetBSD signal number; bad options are EINVAL")
{
	siginfo_t si;
	pid_t pid = fork();

	if (pid == 0) {
		pause();
		_exit(0);
	}
	ATF_REQUIRE(kill(pid, SIGUSR2) == 0);
	ATF_REQUIRE(waitid(P_ALL, 0, &si, WEXITED) == 0);
	ATF_CHECK_EQ(si.si_pid, pid);
	ATF_CHECK_EQ(si.si_code, CLD_KILLED);
	ATF_CHECK_EQ(si.si_status, SIGUSR2);
	errno = 0;
	ATF_CHECK_EQ(waitid(P_ALL, 0, &si, WNOHANG), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(priority,
    "getpriority/setpriority on the process; a bad `which' "
    "is EINVAL")
{
	int p;

	errno = 0;
	p = getpriority(PRIO_PROCESS, 0);
	ATF_REQUIRE(errno == 0);
	ATF_CHECK(p >= PRIO_MIN && p <= PRIO_MAX);
	ATF_CHECK_EQ(
	    setpriority(PRIO_PROCESS, 0, p + 1 > PRIO_MAX ? p : p + 1), 0);
	errno = 0;
	ATF_CHECK(getpriority(PRIO_PROCESS, 0) >= p);
	ATF_CHECK_EQ(errno, 0);
	errno = 0;
	ATF_CHECK_EQ(getpriority(42, 0), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(setpriority(42, 0, 0), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(setpgid_errors,
    "setpgid of a non-child is ESRCH; a negative group "
    "is EINVAL")
{
	errno = 0;
	ATF_CHECK_EQ(setpgid(999999999, 0), -1);
	ATF_CHECK_EQ(errno, ESRCH);
	errno = 0;
	ATF_CHECK_EQ(setpgid(0, -5), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, priority);
	ATF_TP_ADD_TC(tp, setpgid_errors);
	ATF_TP_ADD_TC(tp, waitid_exited);
	ATF_TP_ADD_TC(tp, waitid_killed);
	ATF_TP_ADD_TC(tp, fork_exit_code);
	ATF_TP_ADD_TC(tp, fork_exit_255);
	ATF_TP_ADD_TC(tp, wait_sigterm);
	ATF_TP_ADD_TC(tp, wait_sigusr1);
	ATF_TP_ADD_TC(tp, wait_sigkill);
	ATF_TP_ADD_TC(tp, siginfo_default_ignored);
	ATF_TP_ADD_TC(tp, wait_stopped);
	ATF_TP_ADD_TC(tp, wait_nohang);
	ATF_TP_ADD_TC(tp, wait_echild);
	ATF_TP_ADD_TC(tp, wait4_rusage);
	ATF_TP_ADD_TC(tp, pids);
	ATF_TP_ADD_TC(tp, kill_errors);
	ATF_TP_ADD_TC(tp, execve_true);
	ATF_TP_ADD_TC(tp, execve_errors);
	ATF_TP_ADD_TC(tp, ids);
	ATF_TP_ADD_TC(tp, setsid_test);
	ATF_TP_ADD_TC(tp, times_test);
	ATF_TP_ADD_TC(tp, getrusage_test);
	ATF_TP_ADD_TC(tp, rlimit_test);
	ATF_TP_ADD_TC(tp, uname_test);
	ATF_TP_ADD_TC(tp, clocks);
	ATF_TP_ADD_TC(tp, nanosleep_test);
	return atf_no_error();
}
