/*
 * sigaddset.c: sigaddset(3): add a signal to a set; EINVAL for a number
 * outside 1.._NSIG-1.
 */

#include <errno.h>
#include <signal.h>

int
sigaddset(sigset_t *set, int sig)
{
	if (sig <= 0 || sig >= _NSIG) {
		errno = EINVAL;
		return -1;
	}
	__sigaddset(set, sig);
	return 0;
}
