/*
 * t_spin.c: spin forever without a single kernel call or IPC.  Loaded
 * twice (t_spin_a, t_spin_b); t_ctl measures that both, and t_ctl itself,
 * keep getting CPU time: only timer preemption can make that happen.
 */

#include "ktest.h"

int
main(const char *name)
{
	volatile uint64_t counter = 0;

	(void)name;
	for (;;)
		counter++;
}
