/*
 * t_fexecve: fexecve(2): running the helper h_fexecve through a
 * descriptor with its argv and envp, and the errors: EBADF for a closed
 * or negative descriptor, EACCES for a file without execute permission
 * or a directory, ENOEXEC for an executable file in no known format.
 */
#include <atf-c.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "h_tc.h"

static char *hargv[] = { "h_fexecve", "40", "second", NULL };
static char *henvp[] = { "FEXECVE_TEST=yes", NULL };

/* Opens the helper installed beside the test. */
static int
open_helper(const atf_tc_t *tc, int flags)
{
	char path[1024];
	int fd;

	snprintf(path, sizeof(path), "%s/h_fexecve",
	    atf_tc_get_config_var_wd(tc, "srcdir", "."));
	fd = open(path, flags);
	ATF_REQUIRE_MSG(fd >= 0, "%s: %s", path, strerror(errno));
	return fd;
}

/*
 * fexecve(fd) in a child; returns its exit status, or 200 + errno if
 * fexecve returned.
 */
static int
run(int fd, char **argv, char **envp)
{
	pid_t pid;
	int st;

	ATF_REQUIRE((pid = fork()) >= 0);
	if (pid == 0) {
		fexecve(fd, argv, envp);
		_exit(200 + (errno & 0x3f));
	}
	ATF_REQUIRE_EQ(waitpid(pid, &st, 0), pid);
	ATF_REQUIRE(WIFEXITED(st));
	return WEXITSTATUS(st);
}

/* A file holding `body' with mode `mode'; returns a read descriptor. */
static int
make_file(const char *name, const char *body, mode_t mode)
{
	int fd;

	ATF_REQUIRE((fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0600)) >= 0);
	ATF_REQUIRE_EQ(write(fd, body, strlen(body)), (ssize_t)strlen(body));
	close(fd);
	ATF_REQUIRE_EQ(chmod(name, mode), 0);
	ATF_REQUIRE((fd = open(name, O_RDONLY)) >= 0);
	return fd;
}

TC(exec_helper, "the helper runs with the given argv and envp")
{
	int fd = open_helper(tc, O_RDONLY);

	ATF_CHECK_EQ(run(fd, hargv, henvp), 41);
	close(fd);
}

TC(exec_env_empty, "an empty environment reaches the program as such")
{
	char *envp[] = { NULL };
	int fd = open_helper(tc, O_RDONLY);

	ATF_CHECK_EQ(run(fd, hargv, envp), 40);
	close(fd);
}

TC(exec_argv, "argv is passed as given (wrong count: helper says 99)")
{
	char *argv[] = { "h_fexecve", "5", NULL };
	int fd = open_helper(tc, O_RDONLY);

	ATF_CHECK_EQ(run(fd, argv, henvp), 99);
	close(fd);
}

TC(closed_fd, "a closed descriptor is EBADF")
{
	int fd = open_helper(tc, O_RDONLY);

	close(fd);
	errno = 0;
	ATF_CHECK_EQ(fexecve(fd, hargv, henvp), -1);
	ATF_CHECK_EQ(errno, EBADF);
}

TC(negative_fd, "a negative descriptor is EBADF")
{
	errno = 0;
	ATF_CHECK_EQ(fexecve(-1, hargv, henvp), -1);
	ATF_CHECK_EQ(errno, EBADF);
	errno = 0;
	ATF_CHECK_EQ(fexecve(-100, hargv, henvp), -1);
	ATF_CHECK_EQ(errno, EBADF);
}

TC(no_exec_permission, "a file without execute permission is EACCES")
{
	int fd = make_file("plain", "#!/bin/sh\nexit 3\n", 0644);

	errno = 0;
	ATF_CHECK_EQ(fexecve(fd, hargv, henvp), -1);
	ATF_CHECK_EQ(errno, EACCES);
	close(fd);
}

TC(directory, "a directory is EACCES")
{
	int fd;

	ATF_REQUIRE_EQ(mkdir("dir", 0755), 0);
	ATF_REQUIRE((fd = open("dir", O_RDONLY)) >= 0);
	errno = 0;
	ATF_CHECK_EQ(fexecve(fd, hargv, henvp), -1);
	ATF_CHECK_EQ(errno, EACCES);
	close(fd);
}

TC(bad_format, "an executable file in no known format is ENOEXEC")
{
	int fd = make_file("junk", "\177XYZ this is not a program\n", 0755);

	errno = 0;
	ATF_CHECK_EQ(fexecve(fd, hargv, henvp), -1);
	ATF_CHECK_EQ(errno, ENOEXEC);
	close(fd);
}

TC(returns_only_on_error,
    "after a failure the caller keeps running with "
    "its descriptor still open")
{
	int fd = make_file("plain", "data\n", 0600);

	ATF_CHECK_EQ(fexecve(fd, hargv, henvp), -1);
	ATF_CHECK(fcntl(fd, F_GETFD) != -1);
	close(fd);
}

TC(unlinked_file,
    "the file open on the descriptor runs even after its "
    "name is gone: no path is looked up")
{
	char buf[4096];
	ssize_t n;
	int in = open_helper(tc, O_RDONLY), out, fd;

	ATF_REQUIRE(
	    (out = open("copy", O_WRONLY | O_CREAT | O_TRUNC, 0755)) >= 0);
	while ((n = read(in, buf, sizeof(buf))) > 0)
		ATF_REQUIRE_EQ(write(out, buf, (size_t)n), n);
	close(in);
	close(out);
	ATF_REQUIRE((fd = open("copy", O_RDONLY)) >= 0);
	ATF_REQUIRE_EQ(unlink("copy"), 0);
	ATF_CHECK_EQ(run(fd, hargv, henvp), 41);
	close(fd);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, exec_helper);
	ATF_TP_ADD_TC(tp, exec_env_empty);
	ATF_TP_ADD_TC(tp, exec_argv);
	ATF_TP_ADD_TC(tp, closed_fd);
	ATF_TP_ADD_TC(tp, negative_fd);
	ATF_TP_ADD_TC(tp, no_exec_permission);
	ATF_TP_ADD_TC(tp, directory);
	ATF_TP_ADD_TC(tp, bad_format);
	ATF_TP_ADD_TC(tp, returns_only_on_error);
	ATF_TP_ADD_TC(tp, unlinked_file);
	return atf_no_error();
}
