/*
 * stime.c: SYS_STIME, set the wall-clock time of boot (seconds since the
 * epoch), which SYS_TIMES reports: PM's stime(2), readclock at boot.
 */

#include "kernel.h"
#include "proc.h"
#include "system.h"

extern uint64_t boot_time;

int
do_stime(struct proc *caller __unused, message *m)
{
	boot_time = m->m_lsys_krn_sys_stime.boot_time;
	return 0;
}
