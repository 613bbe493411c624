/*
 * diagctl.c: SYS_DIAGCTL, kernel console services for diagnostics.
 *
 * DIAGCTL_CODE_DIAG prints a caller-supplied string on the console (boot
 * modules have no other output before the tty driver runs);
 * DIAGCTL_CODE_LOOKUP maps a process name to its endpoint, so test
 * programs can find each other.  See <minix/kcalls.h>.
 */

#include "kernel.h"
#include "proc.h"
#include "vm.h"
#include "system.h"
#include <minix/kcalls.h>

static int
diag_print(struct proc *caller, uintptr_t buf, size_t len)
{
	char chunk[128];
	size_t n;

	if (len > DIAG_BUF_MAX)
		return -EINVAL;
	while (len > 0) {
		n = len < sizeof(chunk) ? len : sizeof(chunk);
		if (copyin(caller, chunk, buf, n) != 0)
			return -EFAULT;
		kputs_n(chunk, n);
		buf += n;
		len -= n;
	}
	return 0;
}

static int
diag_lookup(struct proc *caller, uintptr_t buf, size_t len)
{
	char name[16];
	struct proc *p;

	if (len == 0 || len >= sizeof(name))
		return -EINVAL;
	if (copyin(caller, name, buf, len) != 0)
		return -EFAULT;
	name[len] = '\0';
	if ((p = proc_by_name(name)) == NULL)
		return -ESRCH;
	return p->p_endpoint;
}

int
do_diagctl(struct proc *caller, message *m)
{
	uintptr_t buf = m->m_lsys_krn_sys_diagctl.buf;
	size_t len = m->m_lsys_krn_sys_diagctl.len;

	switch (m->m_lsys_krn_sys_diagctl.code) {
	case DIAGCTL_CODE_DIAG:
		return diag_print(caller, buf, len);
	case DIAGCTL_CODE_LOOKUP:
		return diag_lookup(caller, buf, len);
	default:
		return -EINVAL;
	}
}
