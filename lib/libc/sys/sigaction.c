/*
 * sigaction.c: sigaction(2) through PM_SIGACTION.  PM reads the new
 * action from the caller's memory and writes the old one; handlers
 * return through __sigreturn_tramp (see ipc.S and README).
 */

#include <errno.h>
#include <signal.h>

#include "sys_private.h"

int
sigaction(int sig, const struct sigaction *__restrict act,
    struct sigaction *__restrict oact)
{
	message m;

	if (sig <= 0 || sig >= _NSIG ||
	    (act != NULL && (sig == SIGKILL || sig == SIGSTOP))) {
		errno = EINVAL;
		return -1;
	}
	MSG_INIT(m);
	m.m_lc_pm_sig.sig = sig;
	m.m_lc_pm_sig.act = (uint64_t)(uintptr_t)act;
	m.m_lc_pm_sig.oact = (uint64_t)(uintptr_t)oact;
	m.m_lc_pm_sig.tramp = (uint64_t)(uintptr_t)__sigreturn_tramp;
	return _syscall(PM_PROC_NR, PM_SIGACTION, &m) < 0 ? -1 : 0;
}
