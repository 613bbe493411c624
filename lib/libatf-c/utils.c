/*
 * utils.c: the atf_utils_* helpers for test bodies: creating, copying,
 * comparing, printing and grepping files; extended-regex matching of
 * strings; reading lines from descriptors; redirecting descriptors; and
 * forking a child whose stdout/stderr go to files that atf_utils_wait()
 * later checks against the expected contents.
 */
#include <sys/types.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <regex.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "atf-c/tc.h"
#include "atf-c/utils.h"
#include "atf_impl.h"

/* Reads a whole file into a NUL-terminated heap string, or NULL. */
static char *
read_file(const char *name, size_t *lenp)
{
	char *buf, *nbuf;
	size_t len, cap;
	ssize_t n;
	int fd;

	if ((fd = open(name, O_RDONLY)) == -1)
		return NULL;
	len = 0;
	cap = 1024;
	if ((buf = malloc(cap)) == NULL)
		atf_impl_fatal("out of memory");
	for (;;) {
		if (len + 1 >= cap) {
			cap *= 2;
			if ((nbuf = realloc(buf, cap)) == NULL)
				atf_impl_fatal("out of memory");
			buf = nbuf;
		}
		n = read(fd, buf + len, cap - len - 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		len += (size_t)n;
	}
	close(fd);
	buf[len] = '\0';
	if (lenp != NULL)
		*lenp = len;
	return buf;
}

static void
write_fd(int fd, const char *buf, size_t len, const char *name)
{
	ssize_t n;

	while (len > 0) {
		n = write(fd, buf, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			atf_tc_fail(
			    "Failed to write to %s: %s", name, strerror(errno));
		buf += n;
		len -= (size_t)n;
	}
}

void
atf_utils_cat_file(const char *name, const char *prefix)
{
	char *buf, *line, *nl;

	if ((buf = read_file(name, NULL)) == NULL)
		atf_tc_fail("Cannot open %s: %s", name, strerror(errno));
	line = buf;
	while (*line != '\0') {
		nl = strchr(line, '\n');
		if (nl != NULL)
			*nl = '\0';
		printf("%s%s%s", prefix, line, nl != NULL ? "\n" : "");
		if (nl == NULL)
			break;
		line = nl + 1;
	}
	free(buf);
}

bool
atf_utils_compare_file(const char *name, const char *contents)
{
	char *buf;
	size_t len;
	bool same;

	if ((buf = read_file(name, &len)) == NULL)
		atf_tc_fail("Cannot open %s: %s", name, strerror(errno));
	same = len == strlen(contents) && memcmp(buf, contents, len) == 0;
	free(buf);
	return same;
}

void
atf_utils_copy_file(const char *src, const char *dst)
{
	struct stat st;
	char *buf;
	size_t len;
	int fd;

	if ((buf = read_file(src, &len)) == NULL)
		atf_tc_fail("Cannot open %s: %s", src, strerror(errno));
	if (stat(src, &st) == -1)
		atf_tc_fail("Cannot stat %s: %s", src, strerror(errno));
	fd = open(dst, O_WRONLY | O_CREAT | O_TRUNC, st.st_mode & 07777);
	if (fd == -1)
		atf_tc_fail("Cannot create %s: %s", dst, strerror(errno));
	write_fd(fd, buf, len, dst);
	if (fchmod(fd, st.st_mode & 07777) == -1)
		atf_tc_fail("Cannot chmod %s: %s", dst, strerror(errno));
	close(fd);
	free(buf);
}

void
atf_utils_create_file(const char *name, const char *fmt, ...)
{
	va_list ap;
	char *contents;
	int fd;

	va_start(ap, fmt);
	contents = atf_impl_vformat(fmt, ap);
	va_end(ap);
	fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd == -1)
		atf_tc_fail("Cannot create file %s: %s", name, strerror(errno));
	write_fd(fd, contents, strlen(contents), name);
	close(fd);
	free(contents);
}

bool
atf_utils_file_exists(const char *name)
{
	if (access(name, F_OK) == 0)
		return true;
	if (errno == ENOENT)
		return false;
	atf_tc_fail("Failed to stat file %s: %s", name, strerror(errno));
}

void
atf_utils_free_charpp(char **array)
{
	char **p;

	if (array == NULL)
		return;
	for (p = array; *p != NULL; p++)
		free(*p);
	free(array);
}

static bool
grep_regex(const char *regex, const char *str)
{
	regex_t re;
	int error;
	char msg[256];

	error = regcomp(&re, regex, REG_EXTENDED | REG_NOSUB);
	if (error != 0) {
		regerror(error, &re, msg, sizeof(msg));
		atf_tc_fail("Invalid regular expression '%s': %s", regex, msg);
	}
	error = regexec(&re, str, 0, NULL, 0);
	regfree(&re);
	return error == 0;
}

bool
atf_utils_grep_string(const char *fmt, const char *str, ...)
{
	va_list ap;
	char *regex;
	bool found;

	va_start(ap, str);
	regex = atf_impl_vformat(fmt, ap);
	va_end(ap);
	printf("Looking for '%s' in '%s'\n", regex, str);
	found = grep_regex(regex, str);
	free(regex);
	return found;
}

bool
atf_utils_grep_file(const char *fmt, const char *file, ...)
{
	va_list ap;
	char *regex, *buf, *line, *nl;
	bool found;

	va_start(ap, file);
	regex = atf_impl_vformat(fmt, ap);
	va_end(ap);
	if ((buf = read_file(file, NULL)) == NULL)
		atf_tc_fail("Cannot open %s: %s", file, strerror(errno));
	found = false;
	for (line = buf; !found && line != NULL; line = nl) {
		nl = strchr(line, '\n');
		if (nl != NULL)
			*nl++ = '\0';
		if (nl == NULL && *line == '\0')
			break;
		found = grep_regex(regex, line);
	}
	free(buf);
	free(regex);
	return found;
}

char *
atf_utils_readline(const int fd)
{
	char *line, *nline;
	size_t len, cap;
	ssize_t n;
	char c;

	len = 0;
	cap = 64;
	if ((line = malloc(cap)) == NULL)
		atf_impl_fatal("out of memory");
	for (;;) {
		n = read(fd, &c, 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			atf_tc_fail("Read failed: %s", strerror(errno));
		if (n == 0 || c == '\n')
			break;
		if (len + 2 > cap) {
			cap *= 2;
			if ((nline = realloc(line, cap)) == NULL)
				atf_impl_fatal("out of memory");
			line = nline;
		}
		line[len++] = c;
	}
	if (n == 0 && len == 0) {
		free(line);
		return NULL;
	}
	line[len] = '\0';
	return line;
}

void
atf_utils_redirect(const int target_fd, const char *name)
{
	int fd;

	if (target_fd == STDOUT_FILENO)
		fflush(stdout);
	else if (target_fd == STDERR_FILENO)
		fflush(stderr);
	fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd == -1)
		atf_impl_fatal("Cannot create %s: %s", name, strerror(errno));
	if (fd != target_fd) {
		if (dup2(fd, target_fd) == -1)
			atf_impl_fatal("Cannot redirect to fd %d: %s",
			    target_fd, strerror(errno));
		close(fd);
	}
}

static char *
fork_output_name(pid_t pid, const char *what)
{
	return atf_impl_format("atf_utils_fork_%ld_%s.txt", (long)pid, what);
}

pid_t
atf_utils_fork(void)
{
	char *name;
	pid_t pid;

	fflush(stdout);
	fflush(stderr);
	pid = fork();
	if (pid == -1)
		atf_tc_fail("fork failed: %s", strerror(errno));
	if (pid == 0) {
		name = fork_output_name(getpid(), "out");
		atf_utils_redirect(STDOUT_FILENO, name);
		free(name);
		name = fork_output_name(getpid(), "err");
		atf_utils_redirect(STDERR_FILENO, name);
		free(name);
	}
	return pid;
}

/* Checks one captured output; "save:PATH" keeps a copy instead. */
static bool
check_output(const char *name, const char *expected, const char *what)
{
	if (strncmp(expected, "save:", 5) == 0) {
		atf_utils_copy_file(name, expected + 5);
		return true;
	}
	if (atf_utils_compare_file(name, expected))
		return true;
	printf("Expected %s:\n%s\nActual %s:\n", what, expected, what);
	fflush(stdout);
	atf_utils_cat_file(name, "");
	return false;
}

void
atf_utils_wait(const pid_t pid, const int exitstatus, const char *expout,
    const char *experr)
{
	char *out, *err;
	bool outok, errok;
	int status;

	while (waitpid(pid, &status, 0) == -1)
		if (errno != EINTR)
			atf_tc_fail("waitpid failed: %s", strerror(errno));
	out = fork_output_name(pid, "out");
	err = fork_output_name(pid, "err");
	atf_utils_cat_file(out, "subprocess stdout: ");
	atf_utils_cat_file(err, "subprocess stderr: ");
	if (!WIFEXITED(status))
		atf_tc_fail("Subprocess did not exit cleanly");
	if (WEXITSTATUS(status) != exitstatus)
		atf_tc_fail("Subprocess exited with %d, expected %d",
		    WEXITSTATUS(status), exitstatus);
	outok = check_output(out, expout, "stdout");
	errok = check_output(err, experr, "stderr");
	if (!outok)
		atf_tc_fail("Subprocess stdout does not match the expected "
			    "contents");
	if (!errok)
		atf_tc_fail("Subprocess stderr does not match the expected "
			    "contents");
	unlink(out);
	unlink(err);
	free(out);
	free(err);
}
