/*
 * sigpending.c: sigpending(2) through PM_SIGPENDING.
 */

#include <signal.h>

#include "sys_private.h"

int
sigpending(sigset_t *set)
{
	message m;

	MSG_INIT(m);
	if (_syscall(PM_PROC_NR, PM_SIGPENDING, &m) < 0)
		return -1;
	memcpy(set->__bits, m.m_lc_pm_sig.set, sizeof(set->__bits));
	return 0;
}
