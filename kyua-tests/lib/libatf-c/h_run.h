/*
 * h_run.h: helpers shared by the libatf-c tests.  A test program runs
 * itself again (found through the srcdir configuration variable) with
 * H_ATF_HELPERS=1 in the environment, which makes ATF_TP_ADD_TCS register
 * deliberately failing/skipping helper cases instead of the tests; the
 * test then checks the helper's exit status, result file and output.
 */
#ifndef _H_RUN_H_
#define _H_RUN_H_

#include <sys/types.h>
#include <sys/wait.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <atf-c.h>

struct hrun {
	int status;	   /* raw wait status */
	char result[1024]; /* result file contents ("" if none) */
	char out[8192];
	char err[8192];
};

static inline void
h_slurp(const char *name, char *buf, size_t size)
{
	ssize_t n;
	size_t len;
	int fd;

	buf[0] = '\0';
	if ((fd = open(name, O_RDONLY)) == -1)
		return;
	len = 0;
	while (len + 1 < size && (n = read(fd, buf + len, size - 1 - len)) > 0)
		len += (size_t)n;
	buf[len] = '\0';
	close(fd);
}

/*
 * Runs this program's helper mode: prog [args...]; args end with NULL.
 * With inside_kyua the warning about running outside kyua is silenced.
 */
static inline void
h_run_argv(const atf_tc_t *tc, const char *prog, const char *const *args,
    bool inside_kyua, struct hrun *r)
{
	char path[1024];
	const char *argv[32];
	size_t n;
	pid_t pid;

	snprintf(path, sizeof(path), "%s/%s",
	    atf_tc_get_config_var(tc, "srcdir"), prog);
	argv[0] = path;
	for (n = 0; args[n] != NULL && n < 30; n++)
		argv[n + 1] = args[n];
	argv[n + 1] = NULL;
	unlink("h.res");
	fflush(stdout);
	fflush(stderr);
	pid = fork();
	ATF_REQUIRE(pid != -1);
	if (pid == 0) {
		setenv("H_ATF_HELPERS", "1", 1);
		if (inside_kyua)
			setenv("__RUNNING_INSIDE_ATF_RUN", "internal-yes-value",
			    1);
		else
			unsetenv("__RUNNING_INSIDE_ATF_RUN");
		atf_utils_redirect(STDOUT_FILENO, "h.out");
		atf_utils_redirect(STDERR_FILENO, "h.err");
		execv(path, (char *const *)argv);
		_exit(127);
	}
	ATF_REQUIRE(waitpid(pid, &r->status, 0) == pid);
	h_slurp("h.res", r->result, sizeof(r->result));
	h_slurp("h.out", r->out, sizeof(r->out));
	h_slurp("h.err", r->err, sizeof(r->err));
	printf("helper %s: status %#x, result '%s'\nstdout: %s\nstderr: %s\n",
	    prog, r->status, r->result, r->out, r->err);
}

/* Runs helper case tcname with "-r h.res" and checks exit code and result. */
static inline void
h_expect(const atf_tc_t *tc, const char *prog, const char *tcname, int exitcode,
    const char *result, struct hrun *r)
{
	const char *args[] = { "-r", "h.res", tcname, NULL };

	h_run_argv(tc, prog, args, true, r);
	ATF_REQUIRE_MSG(WIFEXITED(r->status), "helper did not exit");
	ATF_CHECK_EQ(WEXITSTATUS(r->status), exitcode);
	if (result != NULL)
		ATF_CHECK_STREQ(r->result, result);
}

#endif /* !_H_RUN_H_ */
