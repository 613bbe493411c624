/*
 * clock.c: the timer tick.
 *
 * clock_tick() runs on every timer interrupt (HZ per second): it counts
 * uptime, charges the tick to the running process (or to idle), and when a
 * process has used up its quantum it refills it and moves the process to
 * the back of its run queue, so the return from the interrupt resumes
 * someone else: preemption.  A process with a user-space scheduler
 * (SYS_SCHEDCTL) is stopped instead and its scheduler told.  Alarms
 * (SYS_SETALARM) expire in clock_alarm_check(): a NOTIFY from CLOCK.
 */

#include "kernel.h"
#include "proc.h"
#include <minix/kcalls.h>

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

/*
 * p used up its quantum and has a user-space scheduler: stop p and send
 * the scheduler SCHEDULING_NO_QUANTUM.  -ESRCH if the scheduler is gone
 * (the kernel takes p back), -EBUSY if the message cannot be queued.
 */
static int
quantum_to_scheduler(struct proc *p)
{
	struct proc *s = proc_by_endpoint(p->p_scheduler);
	message m;

	if (s == NULL || s == p) {
		p->p_scheduler = NONE;
		return -ESRCH;
	}
	memset(&m, 0, sizeof(m));
	m.m_type = SCHEDULING_NO_QUANTUM;
	m.m_lsys_krn_sys_schedule.endpt = p->p_endpoint;
	m.m_lsys_krn_sys_schedule.priority = p->p_priority;
	m.m_lsys_krn_sys_schedule.quantum = p->p_quantum_size * 1000 / HZ;
	rts_set(p, RTS_NO_QUANTUM);
	if (ipc_kmsg_enqueue(p, s, &m) != 0) {
		rts_clear(p, RTS_NO_QUANTUM);
		return -EBUSY;
	}
	return 0;
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
			if (p->p_scheduler == NONE ||
			    quantum_to_scheduler(p) != 0)
				sched_yield_current();
		}
	}
	clock_alarm_check(clock_ticks);
}
