/*
 * signalnext.c: signalnext(3): the next valid signal number after sig
 * (0 starts the walk); 0 after the last, -1 with EINVAL for a bad sig.
 */

#include <errno.h>
#include <signal.h>

int
signalnext(int sig)
{
	if (sig < 0 || sig >= _NSIG) {
		errno = EINVAL;
		return -1;
	}
	return sig + 1 < _NSIG ? sig + 1 : 0;
}
