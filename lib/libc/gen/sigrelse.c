/*
 * sigrelse.c: sigrelse(3): remove one signal from the mask.
 */

#include <signal.h>
#include <stddef.h>

int
sigrelse(int sig)
{
	sigset_t s;

	sigemptyset(&s);
	if (sigaddset(&s, sig) < 0)
		return -1;
	return sigprocmask(SIG_UNBLOCK, &s, NULL);
}
