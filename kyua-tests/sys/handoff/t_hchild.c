/*
 * t_hchild.c: spins until it has had 60 ticks of CPU.  Its scheduler
 * (t_hsched) exits while it waits for a new quantum, so it only gets them
 * if the kernel takes it back.
 */

#include "h_util.h"

int
main(const char *name)
{
	(void)name;
	while (kt_cpu_ticks() < 60)
		continue;
	kt_pass("sched_exit_child_runs");
	return 0;
}
