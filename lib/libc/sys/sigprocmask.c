/*
 * sigprocmask.c: sigprocmask(2) through PM_SIGPROCMASK; the mask travels
 * in the message both ways.  With set NULL, how is ignored.
 */

#include <errno.h>
#include <signal.h>

#include "sys_private.h"

int
sigprocmask(int how, const sigset_t *__restrict set, sigset_t *__restrict oset)
{
	message m;

	if (set != NULL && how != SIG_BLOCK && how != SIG_UNBLOCK &&
	    how != SIG_SETMASK) {
		errno = EINVAL;
		return -1;
	}
	MSG_INIT(m);
	if (set != NULL) {
		m.m_lc_pm_sig.how = how;
		memcpy(m.m_lc_pm_sig.set, set->__bits, sizeof(set->__bits));
	}
	if (_syscall(PM_PROC_NR, PM_SIGPROCMASK, &m) < 0)
		return -1;
	if (oset != NULL)
		memcpy(oset->__bits, m.m_lc_pm_sig.set, sizeof(oset->__bits));
	return 0;
}
