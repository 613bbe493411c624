/*
 * h_refprog.h: the glibc reference programs of the differential tests.
 *
 * A reference program is built with the host's own compiler and C library
 * (HOSTPROGS in the test's Makefile) and installed beside the test.  The
 * test writes its inputs to in.txt, ref_run() feeds them to the reference
 * and keeps its answers in ref.txt, and the test compares them with ours.
 * Where the reference is missing (on Bulkhead itself) the case is skipped.
 */
#ifndef H_REFPROG_H
#define H_REFPROG_H

#include <sys/wait.h>

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <atf-c.h>

static char refpath[1024];

/* Finds reference program `name' in the test's srcdir, or skips. */
static void
ref_find(const atf_tc_t *tc, const char *name)
{
	const char *dir = atf_tc_get_config_var_wd(tc, "srcdir", ".");

	snprintf(refpath, sizeof(refpath), "%s/%s", dir, name);
	if (access(refpath, X_OK) != 0)
		atf_tc_skip("no glibc reference program %s (it is only built "
			    "for the host port)",
		    refpath);
}

/*
 * Runs the reference with in.txt as its input and ref.txt as its output,
 * in the C locale plus `extraenv' (e.g. "TZ=UTC") when not NULL.
 */
static void
ref_run(const char *extraenv)
{
	char *argv[] = { refpath, NULL };
	char *envp[] = { "LC_ALL=C", (char *)extraenv, NULL };
	int st, in, out;
	pid_t pid;

	ATF_REQUIRE((in = open("in.txt", O_RDONLY)) >= 0);
	ATF_REQUIRE(
	    (out = open("ref.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644)) >= 0);
	ATF_REQUIRE((pid = fork()) != -1);
	if (pid == 0) {
		dup2(in, 0);
		dup2(out, 1);
		execve(refpath, argv, envp);
		_exit(127);
	}
	close(in);
	close(out);
	ATF_REQUIRE(waitpid(pid, &st, 0) == pid);
	ATF_REQUIRE_MSG(WIFEXITED(st) && WEXITSTATUS(st) == 0,
	    "reference failed: status %#x", st);
}

#endif /* !H_REFPROG_H */
