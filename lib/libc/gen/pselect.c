/*
 * pselect.c: pselect(2): select(2) with a timespec timeout and a signal
 * mask installed for the duration of the wait.  Neither layer has a
 * native call, so the mask is swapped with sigprocmask around select:
 * a signal that arrives between the swap and the start of select is
 * delivered before the wait instead of interrupting it (the race that
 * the native call avoids).  EINVAL for a timeout with tv_sec < 0 or
 * tv_nsec outside [0, 1000000000).
 */

#include <errno.h>
#include <signal.h>
#include <sys/select.h>
#include <sys/time.h>

int
pselect(int nfds, fd_set *restrict rfds, fd_set *restrict wfds,
    fd_set *restrict efds, const struct timespec *restrict ts,
    const sigset_t *restrict mask)
{
	struct timeval tv, *tvp = NULL;
	sigset_t old;
	int n, error;

	if (ts != NULL) {
		if (ts->tv_sec < 0 || ts->tv_nsec < 0 ||
		    ts->tv_nsec >= 1000000000L) {
			errno = EINVAL;
			return -1;
		}
		tv.tv_sec = ts->tv_sec;
		tv.tv_usec = (ts->tv_nsec + 999) / 1000;
		tvp = &tv;
	}
	if (mask != NULL && sigprocmask(SIG_SETMASK, mask, &old) < 0)
		return -1;
	n = select(nfds, rfds, wfds, efds, tvp);
	error = errno;
	if (mask != NULL)
		(void)sigprocmask(SIG_SETMASK, &old, NULL);
	errno = error;
	return n;
}
