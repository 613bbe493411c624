/*
 * clock.c: the timer tick.
 *
 * clock_tick() runs on every timer interrupt (HZ per second): it counts
 * uptime, charges the tick to the running process (or to idle), and when a
 * process has used up its quantum it refills it and moves the process to
 * the back of its run queue, so the return from the interrupt resumes
 * someone else: preemption.  Alarms (SYS_SETALARM) expire in
 * clock_alarm_check(): a NOTIFY from CLOCK.
 */

#include "kernel.h"
#include "proc.h"

volatile uint64_t clock_ticks;
static uint64_t next_alarm; /* earliest pending p_alarm, 0: none */

/* A process set an alarm for uptime `when' (0: cancelled). */
void
clock_alarm_set(uint64_t when)
{
	if (when != 0 && (next_alarm == 0 || when < next_alarm))
		next_alarm = when;
}

/* Notify, from CLOCK, every process whose alarm is due. */
void
clock_alarm_check(uint64_t now)
{
	struct proc *p;
	uint64_t next = 0;

	if (next_alarm == 0 || now < next_alarm)
		return;
	for (p = proc_table; p < &proc_table[NR_SLOTS]; p++) {
		if ((p->p_rts_flags & RTS_SLOT_FREE) || p->p_alarm == 0)
			continue;
		if (p->p_alarm <= now) {
			p->p_alarm = 0;
			ipc_notify_task(p, CLOCK);
		} else if (next == 0 || p->p_alarm < next) {
			next = p->p_alarm;
		}
	}
	next_alarm = next;
}

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
