/*
 * __pm_itimer.c: the PM_ITIMER exchange behind setitimer, getitimer and
 * alarm: `set' non-zero installs *it; the previous value comes back in
 * *old (either may be NULL).
 */

#include <errno.h>
#include <sys/time.h>

#include "sys_private.h"

int __pm_itimer(int, int, const struct itimerval *, struct itimerval *);

int
__pm_itimer(
    int which, int set, const struct itimerval *it, struct itimerval *old)
{
	message m;

	if (which < ITIMER_REAL || which > ITIMER_PROF) {
		errno = EINVAL;
		return -1;
	}
	MSG_INIT(m);
	m.m_lc_pm_time.which = which;
	m.m_lc_pm_time.flags = set;
	if (set) {
		if (it->it_value.tv_usec < 0 ||
		    it->it_value.tv_usec >= 1000000 ||
		    it->it_interval.tv_usec < 0 ||
		    it->it_interval.tv_usec >= 1000000 ||
		    it->it_value.tv_sec < 0 || it->it_interval.tv_sec < 0) {
			errno = EINVAL;
			return -1;
		}
		m.m_lc_pm_time.sec = it->it_value.tv_sec;
		m.m_lc_pm_time.nsec = (int64_t)it->it_value.tv_usec * 1000;
		m.m_lc_pm_time.isec = it->it_interval.tv_sec;
		m.m_lc_pm_time.insec = (int64_t)it->it_interval.tv_usec * 1000;
	}
	if (_syscall(PM_PROC_NR, PM_ITIMER, &m) < 0)
		return -1;
	if (old != NULL) {
		old->it_value.tv_sec = m.m_lc_pm_time.sec;
		old->it_value.tv_usec =
		    (suseconds_t)(m.m_lc_pm_time.nsec / 1000);
		old->it_interval.tv_sec = m.m_lc_pm_time.isec;
		old->it_interval.tv_usec =
		    (suseconds_t)(m.m_lc_pm_time.insec / 1000);
	}
	return 0;
}
