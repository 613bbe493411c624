/*
 * sigismember.c: sigismember(3): 1 if the signal is in the set, 0 if
 * not, -1 with EINVAL for a number outside 1.._NSIG-1.
 */

#include <errno.h>
#include <signal.h>

int
sigismember(const sigset_t *set, int sig)
{
	if (sig <= 0 || sig >= _NSIG) {
		errno = EINVAL;
		return -1;
	}
	return __sigismember(set, sig) ? 1 : 0;
}
