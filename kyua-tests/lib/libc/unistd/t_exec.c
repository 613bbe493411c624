/*
 * t_exec: the exec family: execl/execle/execlp/execv/execvp/execvpe,
 * the PATH search, ENOEXEC fallback to /bin/sh, and the errors.
 */
#include <atf-c.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "h_tc.h"

/* Write an executable shell script `path' that exits with `code'. */
static void
script(const char *path, const char *body, mode_t mode)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0700);

	ATF_REQUIRE(fd >= 0);
	ATF_REQUIRE(write(fd, body, strlen(body)) == (ssize_t)strlen(body));
	close(fd);
	ATF_REQUIRE(chmod(path, mode) == 0);
}

/* Run fn in a child and return its exit status (or 256 + signal). */
static int
run(void (*fn)(void))
{
	pid_t pid = fork();
	int st;

	ATF_REQUIRE(pid >= 0);
	if (pid == 0) {
		fn();
		_exit(100 + (errno & 0x1f));
	}
	ATF_REQUIRE(waitpid(pid, &st, 0) == pid);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 256 + WTERMSIG(st);
}

static void
do_execl(void)
{
	execl("/bin/sh", "sh", "-c", "exit 11", (char *)NULL);
}

TC(execl_test, "execl passes its argument list")
{
	ATF_CHECK_EQ(run(do_execl), 11);
}

static void
do_execle(void)
{
	char *env[] = { "CODE=12", NULL };

	execle("/bin/sh", "sh", "-c", "exit $CODE", (char *)NULL, env);
}

TC(execle_test, "execle passes the environment after the NULL")
{
	ATF_CHECK_EQ(run(do_execle), 12);
}

static void
do_execv(void)
{
	char *argv[] = { "sh", "-c", "exit 13", NULL };

	execv("/bin/sh", argv);
}

TC(execv_test, "execv runs a program by path")
{
	ATF_CHECK_EQ(run(do_execv), 13);
}

static void
do_execvp_path(void)
{
	char *argv[] = { "myprog", NULL };
	char cwd[1024], path[1100];

	ATF_REQUIRE(getcwd(cwd, sizeof(cwd)) != NULL);
	strcpy(path, "/nonexistent:");
	strcat(path, cwd);
	strcat(path, "/bin");
	setenv("PATH", path, 1);
	execvp("myprog", argv);
}

TC(execvp_search, "execvp searches PATH, skipping missing directories")
{
	ATF_REQUIRE(mkdir("bin", 0755) == 0);
	script("bin/myprog", "#!/bin/sh\nexit 14\n", 0755);
	ATF_CHECK_EQ(run(do_execvp_path), 14);
}

static void
do_execvp_noexec(void)
{
	char *argv[] = { "plain", NULL };
	char cwd[1024];

	ATF_REQUIRE(getcwd(cwd, sizeof(cwd)) != NULL);
	setenv("PATH", cwd, 1);
	execvp("plain", argv);
}

TC(execvp_enoexec_sh, "execvp runs a file with no #! line by /bin/sh")
{
	script("plain", "exit 15\n", 0755);
	ATF_CHECK_EQ(run(do_execvp_noexec), 15);
}

static void
do_execlp(void)
{
	setenv("PATH", "/usr/bin:/bin", 1);
	execlp("sh", "sh", "-c", "exit 16", (char *)NULL);
}

TC(execlp_test, "execlp finds sh in PATH")
{
	ATF_CHECK_EQ(run(do_execlp), 16);
}

static void
do_execvpe(void)
{
	char *argv[] = { "sh", "-c", "exit $X", NULL };
	char *env[] = { "X=17", NULL };

	setenv("PATH", "/bin:/usr/bin", 1);
	execvpe("sh", argv, env);
}

TC(execvpe_test, "execvpe searches PATH and passes the environment")
{
	ATF_CHECK_EQ(run(do_execvpe), 17);
}

TC(execvp_enoent, "execvp of a name in no PATH directory fails ENOENT")
{
	char *argv[] = { "no-such-program-xyz", NULL };

	setenv("PATH", "/nonexistent:/also/missing", 1);
	errno = 0;
	ATF_CHECK_EQ(execvp("no-such-program-xyz", argv), -1);
	ATF_CHECK_EQ(errno, ENOENT);
	errno = 0;
	ATF_CHECK_EQ(execvp("", argv), -1);
	ATF_CHECK_EQ(errno, ENOENT);
}

/* Needs a user that permissions apply to: kyua runs it as its
 * unprivileged_user when started as root. */
ATF_TC(execvp_eacces);
ATF_TC_HEAD(execvp_eacces, tc)
{
	atf_tc_set_md_var(tc, "descr",
	    "execvp reports EACCES when a candidate is not "
	    "executable and none runs");
	atf_tc_set_md_var(tc, "require.user", "unprivileged");
}
ATF_TC_BODY(execvp_eacces, tc)
{
	char *argv[] = { "noexec", NULL };
	char cwd[1024];

	if (geteuid() == 0)
		atf_tc_skip("root can execute anything with an x bit");
	script("noexec", "#!/bin/sh\nexit 0\n", 0644);
	ATF_REQUIRE(getcwd(cwd, sizeof(cwd)) != NULL);
	setenv("PATH", cwd, 1);
	errno = 0;
	ATF_CHECK_EQ(execvp("noexec", argv), -1);
	ATF_CHECK_EQ(errno, EACCES);
}

TC(execv_enoent, "execv of a missing path fails ENOENT")
{
	char *argv[] = { "x", NULL };

	errno = 0;
	ATF_CHECK_EQ(execv("./missing", argv), -1);
	ATF_CHECK_EQ(errno, ENOENT);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, execl_test);
	ATF_TP_ADD_TC(tp, execle_test);
	ATF_TP_ADD_TC(tp, execv_test);
	ATF_TP_ADD_TC(tp, execvp_search);
	ATF_TP_ADD_TC(tp, execvp_enoexec_sh);
	ATF_TP_ADD_TC(tp, execlp_test);
	ATF_TP_ADD_TC(tp, execvpe_test);
	ATF_TP_ADD_TC(tp, execvp_enoent);
	ATF_TP_ADD_TC(tp, execvp_eacces);
	ATF_TP_ADD_TC(tp, execv_enoent);
	return atf_no_error();
}
