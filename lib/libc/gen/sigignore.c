/*
 * sigignore.c: sigignore(3): set a signal's disposition to SIG_IGN.
 */

#include <signal.h>
#include <stddef.h>

int
sigignore(int sig)
{
	struct sigaction sa;

	sa.sa_handler = SIG_IGN;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;
	return sigaction(sig, &sa, NULL);
}
