/*
 * pollts.c: pollts(2): poll(2) with a timespec timeout (NULL waits
 * forever) and a signal mask installed for the duration of the wait.
 * The mask is swapped with sigprocmask around poll, with the same race
 * as pselect.c.  The timeout is rounded up to whole milliseconds and
 * capped at INT_MAX; EINVAL for a negative or malformed timeout.
 */

#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stddef.h>
#include <time.h>

static int
pollts_ms(const struct timespec *ts, int *ms)
{
	if (ts == NULL) {
		*ms = -1;
		return 0;
	}
	if (ts->tv_sec < 0 || ts->tv_nsec < 0 || ts->tv_nsec >= 1000000000L)
		return -1;
	if (ts->tv_sec >= INT_MAX / 1000)
		*ms = INT_MAX;
	else
		*ms =
		    (int)(ts->tv_sec * 1000 + (ts->tv_nsec + 999999) / 1000000);
	return 0;
}

int
pollts(struct pollfd *restrict fds, nfds_t nfds,
    const struct timespec *restrict ts, const sigset_t *restrict mask)
{
	sigset_t old;
	int ms, n, error;

	if (pollts_ms(ts, &ms) < 0) {
		errno = EINVAL;
		return -1;
	}
	if (mask != NULL && sigprocmask(SIG_SETMASK, mask, &old) < 0)
		return -1;
	n = poll(fds, nfds, ms);
	error = errno;
	if (mask != NULL)
		(void)sigprocmask(SIG_SETMASK, &old, NULL);
	errno = error;
	return n;
}
