/*
 * __pm_clock.c: the PM clock calls (PM_CLOCK_GETTIME, PM_CLOCK_GETRES,
 * PM_CLOCK_SETTIME, PM_NANOSLEEP) on a struct timespec.  For the two
 * setters *in is sent; for the rest *out receives the reply (and for
 * nanosleep the time left when interrupted).
 */

#include <errno.h>
#include <time.h>

#include "sys_private.h"

int __pm_clock(int, int, int, const struct timespec *, struct timespec *);

int
__pm_clock(int call, int clock, int flags, const struct timespec *in,
    struct timespec *out)
{
	message m;
	int r;

	if (in != NULL && (in->tv_nsec < 0 || in->tv_nsec >= 1000000000L)) {
		errno = EINVAL;
		return -1;
	}
	MSG_INIT(m);
	m.m_lc_pm_time.which = clock;
	m.m_lc_pm_time.flags = flags;
	if (in != NULL) {
		m.m_lc_pm_time.sec = in->tv_sec;
		m.m_lc_pm_time.nsec = in->tv_nsec;
	}
	r = _syscall(PM_PROC_NR, call, &m);
	if (out != NULL && (r >= 0 || errno == EINTR)) {
		out->tv_sec = m.m_lc_pm_time.sec;
		out->tv_nsec = (long)m.m_lc_pm_time.nsec;
	}
	return r < 0 ? -1 : 0;
}
