/*
 * sigaltstack.c: sigaltstack(2) through PM_SIGALTSTACK (new stack_t
 * address in act, old in oact); flags other than SS_DISABLE are EINVAL,
 * a stack below MINSIGSTKSZ ENOMEM.
 */

#include <errno.h>
#include <signal.h>

#include "sys_private.h"

int
sigaltstack(const stack_t *__restrict ss, stack_t *__restrict oss)
{
	message m;

	if (ss != NULL) {
		if (ss->ss_flags & ~SS_DISABLE) {
			errno = EINVAL;
			return -1;
		}
		if (!(ss->ss_flags & SS_DISABLE) && ss->ss_size < MINSIGSTKSZ) {
			errno = ENOMEM;
			return -1;
		}
	}
	MSG_INIT(m);
	m.m_lc_pm_sig.act = (uint64_t)(uintptr_t)ss;
	m.m_lc_pm_sig.oact = (uint64_t)(uintptr_t)oss;
	return _syscall(PM_PROC_NR, PM_SIGALTSTACK, &m) < 0 ? -1 : 0;
}
