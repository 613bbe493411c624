/*
 * h_gencat.h: for catalogue tests, write a file and run the installed
 * gencat(1) (/usr/bin/gencat, found from the test's srcdir
 * /usr/tests/<dir>, `up' levels below /usr).
 */
#ifndef H_GENCAT_H
#define H_GENCAT_H

#include <sys/wait.h>

#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <atf-c.h>

static char gencat_path[1024];

static void
find_gencat(const atf_tc_t *tc, const char *up)
{
	snprintf(gencat_path, sizeof(gencat_path), "%s/%s/bin/gencat",
	    atf_tc_get_config_var_wd(tc, "srcdir", "."), up);
	ATF_REQUIRE_MSG(
	    access(gencat_path, X_OK) == 0, "no gencat at %s", gencat_path);
}

static void
write_file(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

	ATF_REQUIRE(fd >= 0);
	ATF_REQUIRE_EQ(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
}

/*
 * Run gencat with argv (NULL-terminated, without the program name),
 * stdin from `in' (NULL: /dev/null), stdout to "gencat.out" and stderr
 * to "gencat.err"; returns its exit status or -1 if it did not exit.
 */
static int
run_gencat(const char *in, char *const *args)
{
	char *argv[16];
	int i, st, fd;
	pid_t pid;

	argv[0] = gencat_path;
	for (i = 0; args[i] != NULL && i < 14; i++)
		argv[i + 1] = args[i];
	argv[i + 1] = NULL;
	ATF_REQUIRE((pid = fork()) >= 0);
	if (pid == 0) {
		fd = open(in != NULL ? in : "/dev/null", O_RDONLY);
		dup2(fd, 0);
		fd = open("gencat.out", O_WRONLY | O_CREAT | O_TRUNC, 0644);
		dup2(fd, 1);
		fd = open("gencat.err", O_WRONLY | O_CREAT | O_TRUNC, 0644);
		dup2(fd, 2);
		execv(gencat_path, argv);
		_exit(127);
	}
	ATF_REQUIRE_EQ(waitpid(pid, &st, 0), pid);
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* gencat out from the message source text, which must succeed. */
static void
make_cat(const char *out, const char *text)
{
	char *args[] = { (char *)(uintptr_t)out, "src.msg", NULL };

	write_file("src.msg", text);
	ATF_REQUIRE_EQ_MSG(run_gencat(NULL, args), 0, "gencat %s failed", out);
}

#endif /* !H_GENCAT_H */
