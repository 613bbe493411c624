/*
 * sigwait.c: sigwait(3): wait for a signal in set and store its number;
 * returns 0 or an error number (errno is left alone).
 */

#include <errno.h>
#include <signal.h>
#include <stddef.h>

int
sigwait(const sigset_t *__restrict set, int *__restrict sig)
{
	int saved = errno, r;

	do
		r = sigtimedwait(set, NULL, NULL);
	while (r < 0 && errno == EINTR);
	if (r < 0) {
		r = errno;
		errno = saved;
		return r;
	}
	*sig = r;
	return 0;
}
