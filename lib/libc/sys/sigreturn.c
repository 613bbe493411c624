/*
 * sigreturn.c: sigreturn(2) through PM_SIGRETURN: PM restores the
 * registers and mask saved in *ctx; returns only on error.
 */

#include <signal.h>

#include "sys_private.h"

int
sigreturn(struct sigcontext *ctx)
{
	message m;

	MSG_INIT(m);
	m.m_lc_pm_sig.act = (uint64_t)(uintptr_t)ctx;
	return _syscall(PM_PROC_NR, PM_SIGRETURN, &m);
}
