/*
 * sigsuspend.c: sigsuspend(2) through PM_SIGSUSPEND; PM replies -EINTR
 * after the handler has run.
 */

#include <signal.h>

#include "sys_private.h"

int
sigsuspend(const sigset_t *set)
{
	message m;

	MSG_INIT(m);
	memcpy(m.m_lc_pm_sig.set, set->__bits, sizeof(set->__bits));
	return _syscall(PM_PROC_NR, PM_SIGSUSPEND, &m);
}
