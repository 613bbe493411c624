/*
 * sighold.c: sighold(3): add one signal to the mask.
 */

#include <signal.h>
#include <stddef.h>

int
sighold(int sig)
{
	sigset_t s;

	sigemptyset(&s);
	if (sigaddset(&s, sig) < 0)
		return -1;
	return sigprocmask(SIG_BLOCK, &s, NULL);
}
