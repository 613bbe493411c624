/*
 * sched.c: per-CPU priority run queues and the choice of the next process.
 *
 * Each CPU has NR_SCHED_QUEUES FIFO queues; queue 0 is the most urgent.
 * A process is queued exactly when p_rts_flags == 0 (rts_set/rts_clear
 * keep that true).  The running process stays at the head of its queue
 * until its quantum runs out (clock.c) or it blocks; sched_run() always
 * resumes the head of the most urgent non-empty queue, or idles.  When a
 * user-space scheduler exits, sched_proc_exit() gives its processes back
 * to the kernel.
 */

#include "kernel.h"
#include "proc.h"
#include "arch.h"
#include "vm.h"

struct cpu cpus[MAX_CPUS];

void
sched_init_cpu(struct cpu *c, int id)
{
	memset(c, 0, sizeof(*c));
	c->c_id = id;
	c->c_self = c;
}

static void
enqueue(struct proc *p)
{
	struct cpu *c = p->p_cpu;
	int q = p->p_priority;

	p->p_nextready = NULL;
	if (c->c_rq_head[q] == NULL)
		c->c_rq_head[q] = p;
	else
		c->c_rq_tail[q]->p_nextready = p;
	c->c_rq_tail[q] = p;
}

static void
dequeue(struct proc *p)
{
	struct cpu *c = p->p_cpu;
	int q = p->p_priority;
	struct proc **pp, *prev = NULL;

	for (pp = &c->c_rq_head[q]; *pp != NULL; pp = &(*pp)->p_nextready) {
		if (*pp == p) {
			*pp = p->p_nextready;
			if (c->c_rq_tail[q] == p)
				c->c_rq_tail[q] = prev;
			p->p_nextready = NULL;
			return;
		}
		prev = *pp;
	}
	panic("dequeue: %s not on run queue %d", p->p_name, q);
}

int
proc_runnable(const struct proc *p)
{
	return p->p_rts_flags == 0;
}

void
rts_set(struct proc *p, unsigned flag)
{
	unsigned was = p->p_rts_flags;

	p->p_rts_flags |= flag;
	if (was == 0 && p->p_rts_flags != 0)
		dequeue(p);
}

void
rts_clear(struct proc *p, unsigned flag)
{
	unsigned was = p->p_rts_flags;

	p->p_rts_flags &= ~flag;
	if (was != 0 && p->p_rts_flags == 0)
		enqueue(p);
}

/* Put the running process at the back of its queue. */
void
sched_yield_current(void)
{
	struct proc *p = cpu_self()->cur_proc;

	if (p != NULL && proc_runnable(p)) {
		dequeue(p);
		enqueue(p);
	}
}

/* Move p to queue q (0 .. NR_SCHED_QUEUES-1), keeping it runnable. */
void
sched_set_priority(struct proc *p, int q)
{
	if (proc_runnable(p)) {
		dequeue(p);
		p->p_priority = q;
		enqueue(p);
	} else {
		p->p_priority = q;
	}
}

/*
 * The user-space scheduler s is going away: the kernel takes back every
 * process it scheduled, with the default queue and quantum, and lets one
 * that waits for s's answer to SCHEDULING_NO_QUANTUM run again.
 */
void
sched_proc_exit(struct proc *s)
{
	struct proc *p;

	for (p = proc_table; p < &proc_table[NR_SLOTS]; p++) {
		if ((p->p_rts_flags & RTS_SLOT_FREE) ||
		    p->p_scheduler != s->p_endpoint)
			continue;
		p->p_scheduler = NONE;
		p->p_quantum_size = p->p_quantum_left = DEFAULT_QUANTUM;
		sched_set_priority(p, USER_Q);
		rts_clear(p, RTS_NO_QUANTUM);
	}
}

static struct proc *
pick(struct cpu *c)
{
	int q;

	for (q = 0; q < NR_SCHED_QUEUES; q++)
		if (c->c_rq_head[q] != NULL)
			return c->c_rq_head[q];
	return NULL;
}

void
sched_run(void)
{
	struct cpu *c = cpu_self();
	struct proc *p;

	while ((p = pick(c)) != NULL) {
		if (arch_sanitize_ctx(p) == 0)
			arch_resume(p);
		proc_kill(p, "bad user context (rip/rsp)");
	}
	c->cur_proc = NULL;
	pt_switch(NULL);
	if (proc_live_count() == 0) {
		kprintf("kernel: all processes have exited\n");
		shutdown(SHUTDOWN_SUCCESS);
	}
	clock_leave(c);
	arch_idle(c);
}
