/*
 * system: run a command with /bin/sh -c and wait for it.  The caller
 * ignores SIGINT and SIGQUIT and blocks SIGCHLD meanwhile, as POSIX
 * asks.  Returns the wait status, -1 if no process could be created, or
 * (command NULL) whether a shell is available.  A shell that cannot be
 * executed exits with status 127.
 */
#include <sys/types.h>
#include <sys/wait.h>
#include <errno.h>
#include <paths.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

struct saved {
	struct sigaction intr, quit;
	sigset_t mask;
};

static void
enter(struct saved *sv)
{
	struct sigaction ign;
	sigset_t chld;

	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	ign.sa_flags = 0;
	sigaction(SIGINT, &ign, &sv->intr);
	sigaction(SIGQUIT, &ign, &sv->quit);
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, &sv->mask);
}

static void
leave(const struct saved *sv)
{
	sigaction(SIGINT, &sv->intr, NULL);
	sigaction(SIGQUIT, &sv->quit, NULL);
	sigprocmask(SIG_SETMASK, &sv->mask, NULL);
}

int
system(const char *command)
{
	char *argv[4];
	struct saved sv;
	pid_t pid;
	int status, saved_errno;

	if (command == NULL)
		return access(_PATH_BSHELL, X_OK) == 0;
	argv[0] = __UNCONST("sh");
	argv[1] = __UNCONST("-c");
	argv[2] = __UNCONST(command);
	argv[3] = NULL;
	enter(&sv);
	pid = fork();
	if (pid == 0) {
		leave(&sv);
		execve(_PATH_BSHELL, argv, environ);
		_exit(127);
	}
	status = -1;
	if (pid > 0) {
		while (waitpid(pid, &status, 0) < 0) {
			if (errno != EINTR) {
				status = -1;
				break;
			}
		}
	}
	saved_errno = errno;
	leave(&sv);
	errno = saved_errno;
	return status;
}
