/*
 * clock.c: the timer tick.
 *
 * clock_tick() runs on every timer interrupt (HZ per second): it counts
 * uptime and the running process's quantum; when a process has used it up it
 * refills it and moves the process to the back of its run queue, so the return
 * from the interrupt resumes someone else: preemption.  A process with a
 * user-space scheduler (SYS_SCHEDCTL) is stopped instead and its scheduler
 * told.  Alarms (SYS_SETALARM) expire in clock_alarm_check(): a NOTIFY from
 * CLOCK.
 *
 * CPU time is measured with the TSC, not sampled by ticks (the kernel runs
 * with interrupts off, so a tick never lands in kernel mode).
 * clock_enter() runs first on every trap and charges the time since the
 * last exit to the interrupted process as user time (or to the CPU as
 * idle); clock_leave() runs last, before resuming a process or idling, and
 * charges the time in the kernel to the process that trapped (kernel work
 * done while idle counts as idle).  Reports convert cycles to ticks or ns.
 */

#include "kernel.h"
#include "proc.h"
#include "arch.h"
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
	if (p != NULL && --p->p_quantum_left <= 0) {
		p->p_quantum_left = p->p_quantum_size;
		if (p->p_scheduler == NONE || quantum_to_scheduler(p) != 0)
			sched_yield_current();
	}
	clock_alarm_check(clock_ticks);
}

uint64_t tsc_hz;

uint64_t
cycles_to_ticks(uint64_t cy)
{
	return cy / (tsc_hz / HZ);
}

/* Without 128-bit arithmetic: whole seconds, then the remainder. */
uint64_t
cycles_to_ns(uint64_t cy)
{
	return cy / tsc_hz * 1000000000ULL +
	    cy % tsc_hz * 1000000000ULL / tsc_hz;
}

/* Trap entry: p (NULL from idle) ran in user mode since the last exit. */
void
clock_enter(struct cpu *c, struct proc *p)
{
	uint64_t now = arch_cycles();

	if (p != NULL)
		p->p_user_cycles += now - c->c_tsc_mark;
	else
		c->c_idle_cycles += now - c->c_tsc_mark;
	c->c_tsc_mark = now;
	c->c_kproc = p;
}

/* Trap exit: the kernel worked for c_kproc since clock_enter(). */
void
clock_leave(struct cpu *c)
{
	uint64_t now = arch_cycles();
	struct proc *p = c->c_kproc;

	if (p != NULL && !(p->p_rts_flags & RTS_SLOT_FREE))
		p->p_sys_cycles += now - c->c_tsc_mark;
	else
		c->c_idle_cycles += now - c->c_tsc_mark;
	c->c_tsc_mark = now;
	c->c_kproc = NULL;
}
