/*
 * sigtimedwait.c: sigtimedwait(2) through PM_SIGTIMEDWAIT: the set in
 * the message, the timeout address in act and the siginfo address in
 * oact; PM replies with the signal number, or -EAGAIN on timeout.
 */

#include <errno.h>
#include <signal.h>
#include <time.h>

#include "sys_private.h"

int
sigtimedwait(const sigset_t *__restrict set, siginfo_t *__restrict info,
    const struct timespec *__restrict ts)
{
	message m;

	if (ts != NULL && (ts->tv_nsec < 0 || ts->tv_nsec >= 1000000000L)) {
		errno = EINVAL;
		return -1;
	}
	MSG_INIT(m);
	memcpy(m.m_lc_pm_sig.set, set->__bits, sizeof(set->__bits));
	m.m_lc_pm_sig.act = (uint64_t)(uintptr_t)ts;
	m.m_lc_pm_sig.oact = (uint64_t)(uintptr_t)info;
	return _syscall(PM_PROC_NR, PM_SIGTIMEDWAIT, &m);
}
