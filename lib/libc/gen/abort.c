/*
 * abort.c: abort(3): unblock SIGABRT and raise it; if a handler returns,
 * restore the default action and raise it again; if even that fails,
 * exit with status 127.  Streams are not flushed (POSIX allows either).
 */

#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

void
abort(void)
{
	struct sigaction sa;
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, SIGABRT);
	(void)sigprocmask(SIG_UNBLOCK, &set, NULL);
	(void)raise(SIGABRT);

	sa.sa_handler = SIG_DFL;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;
	(void)sigaction(SIGABRT, &sa, NULL);
	(void)sigprocmask(SIG_UNBLOCK, &set, NULL);
	(void)raise(SIGABRT);
	_exit(127);
}
