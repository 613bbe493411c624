/*
 * popen: run a command with /bin/sh -c, connected by a pipe to the
 * returned stream ("r": its standard output, "w": its standard
 * input; "e" adds close-on-exec).  The child closes the streams of
 * earlier popen calls, as POSIX requires.  EINVAL for a bad mode.
 */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "stdio_impl.h"

extern char **environ;

static void
child(const char *cmd, int pfd[2], int reading)
{
	char *argv[4];
	FILE *f;
	int want = reading ? 1 : 0;

	for (f = __sfhead; f != NULL; f = f->next) {
		if (f->pid > 0 && f->fd >= 0)
			(void)close(f->fd);
	}
	if (pfd[want] != want) {
		(void)dup2(pfd[want], want);
		(void)close(pfd[want]);
	}
	(void)close(pfd[!want]);
	argv[0] = "sh";
	argv[1] = "-c";
	argv[2] = (char *)(uintptr_t)cmd;
	argv[3] = NULL;
	(void)execve("/bin/sh", argv, environ);
	_exit(127);
}

static int
parse_mode(const char *mode, int *reading, int *cloexec)
{
	if (mode == NULL || (mode[0] != 'r' && mode[0] != 'w'))
		return -1;
	*reading = mode[0] == 'r';
	*cloexec = 0;
	for (mode++; *mode != '\0'; mode++) {
		if (*mode == 'e')
			*cloexec = 1;
		else if (*mode != 'b')
			return -1;
	}
	return 0;
}

FILE *
popen(const char *cmd, const char *mode)
{
	int pfd[2], reading, cloexec, mine;
	pid_t pid;
	FILE *f;

	if (cmd == NULL || parse_mode(mode, &reading, &cloexec) != 0) {
		errno = EINVAL;
		return NULL;
	}
	if (pipe(pfd) != 0)
		return NULL;
	mine = reading ? 0 : 1;
	if ((f = fdopen(pfd[mine], reading ? "r" : "w")) == NULL) {
		(void)close(pfd[0]);
		(void)close(pfd[1]);
		return NULL;
	}
	if ((pid = fork()) < 0) {
		(void)fclose(f);
		(void)close(pfd[!mine]);
		return NULL;
	}
	if (pid == 0)
		child(cmd, pfd, reading);
	(void)close(pfd[!mine]);
	if (cloexec)
		(void)fcntl(pfd[mine], F_SETFD, FD_CLOEXEC);
	f->pid = pid;
	f->io_seek = NULL;
	return f;
}
