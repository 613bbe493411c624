/*
 * exec.c: SYS_EXEC, PM starts a new program image in a process whose
 * memory VM has already replaced: new entry point, stack pointer, rdi
 * (ps_str) and name.  The process was waiting for PM's reply to exec(2);
 * there is none, so that wait is cancelled.
 */

#include "kernel.h"
#include "proc.h"
#include "arch.h"
#include "vm.h"
#include "system.h"

int
do_exec(struct proc *caller, message *m)
{
	mess_lsys_krn_sys_exec *e = &m->m_lsys_krn_sys_exec;
	struct proc *p = proc_by_endpoint(e->endpt);
	char name[sizeof(p->p_name)];
	int r;

	if (p == NULL || p == caller)
		return -EINVAL;
	if (e->ip >= USER_TOP || e->sp > USER_TOP || (e->sp & 7) != 0)
		return -EINVAL;
	if (e->name != 0 &&
	    (r = copyinstr(caller, name, e->name, sizeof(name))) != 0)
		return r == -E2BIG ? -EINVAL : r;
	if (e->name != 0)
		strlcpy(p->p_name, name, sizeof(p->p_name));
	ipc_abort(p);
	arch_user_ctx_init(p, e->ip, e->sp, e->ps_str);
	return 0;
}
