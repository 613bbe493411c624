/*
 * sigdelset.c: sigdelset(3): remove a signal from a set; EINVAL for a number
 * outside 1.._NSIG-1.
 */

#include <errno.h>
#include <signal.h>

int
sigdelset(sigset_t *set, int sig)
{
	if (sig <= 0 || sig >= _NSIG) {
		errno = EINVAL;
		return -1;
	}
	__sigdelset(set, sig);
	return 0;
}
