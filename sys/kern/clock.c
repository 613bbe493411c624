/*
 * clock.c: the timer tick.
 *
 * clock_tick() runs on every timer interrupt (HZ per second): it counts
 * uptime, charges the tick to the running process (or to idle), and when a
 * process has used up its quantum it refills it and moves the process to
 * the back of its run queue, so the return from the interrupt resumes
 * someone else: preemption.  Alarms (SYS_SETALARM) are checked through
 * clock_alarm_check().
 */

#include "kernel.h"
#include "proc.h"

volatile uint64_t clock_ticks;

void
clock_tick(void)
{
	struct cpu *c = cpu_self();
	struct proc *p = c->cur_proc;

	clock_ticks++;
	if (p == NULL) {
		c->c_idle_ticks++;
	} else {
		p->p_user_ticks++;
		if (--p->p_quantum_left <= 0) {
			p->p_quantum_left = p->p_quantum_size;
			sched_yield_current();
		}
	}
	clock_alarm_check(clock_ticks);
}
