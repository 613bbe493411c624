/*
 * proc.c: the process table.
 *
 * Slots are indexed 0 .. NR_SLOTS-1; a slot's endpoint is
 * _ENDPOINT(generation, slot) and the generation is bumped each time the
 * slot is freed, so an old endpoint never names the slot's next owner.
 * Boot services take the fixed slots of the boot-image table (table.c);
 * other processes take the first free slot from NR_BOOT_SERVICES on.
 */

#include "kernel.h"
#include "proc.h"
#include "arch.h"
#include "vm.h"

struct proc proc_table[NR_SLOTS];

void
proc_init(void)
{
	int i;

	for (i = 0; i < NR_SLOTS; i++) {
		proc_table[i].p_slot = i;
		proc_table[i].p_rts_flags = RTS_SLOT_FREE;
		proc_table[i].p_endpoint = NONE;
	}
}

struct proc *
proc_by_slot(int slot)
{
	if (slot < 0 || slot >= NR_SLOTS)
		return NULL;
	return &proc_table[slot];
}

/* The live process named by ep, or NULL (stale, free or special). */
struct proc *
proc_by_endpoint(endpoint_t ep)
{
	struct proc *p;

	if (ep < 0 || (p = proc_by_slot(_ENDPOINT_P(ep))) == NULL)
		return NULL;
	if ((p->p_rts_flags & RTS_SLOT_FREE) || p->p_endpoint != ep)
		return NULL;
	return p;
}

struct proc *
proc_by_name(const char *name)
{
	int i;

	for (i = 0; i < NR_SLOTS; i++)
		if (!(proc_table[i].p_rts_flags & RTS_SLOT_FREE) &&
		    strcmp(proc_table[i].p_name, name) == 0)
			return &proc_table[i];
	return NULL;
}

int
proc_alloc_slot(int want)
{
	int i;

	if (want >= 0)
		return (want < NR_SLOTS &&
			   (proc_table[want].p_rts_flags & RTS_SLOT_FREE))
		    ? want
		    : -1;
	for (i = NR_BOOT_SERVICES; i < NR_SLOTS; i++)
		if (proc_table[i].p_rts_flags & RTS_SLOT_FREE)
			return i;
	return -1;
}

/*
 * Take a free slot and give it a fresh identity.  The process is stopped
 * (RTS_STOPPED) and has no address space yet.
 */
struct proc *
proc_new(int slot, const char *name)
{
	struct proc *p = proc_by_slot(slot);
	int gen;

	if (p == NULL || !(p->p_rts_flags & RTS_SLOT_FREE))
		return NULL;
	gen = p->p_gen;
	memset(p, 0, sizeof(*p));
	p->p_slot = slot;
	p->p_gen = gen;
	p->p_endpoint = _ENDPOINT(gen, slot);
	strlcpy(p->p_name, name, sizeof(p->p_name));
	p->p_rts_flags = RTS_STOPPED;
	p->p_priority = USER_Q;
	p->p_quantum_size = p->p_quantum_left = DEFAULT_QUANTUM;
	p->p_cpu = &cpus[0];
	p->p_scheduler = NONE;
	fpu_init_proc(p);
	return p;
}

static void
proc_free_slot(struct proc *p)
{
	struct cpu *c = p->p_cpu != NULL ? p->p_cpu : cpu_self();

	rts_set(p, RTS_SLOT_FREE);
	if (c->cur_proc == p)
		c->cur_proc = NULL;
	pt_free_space(p);
	fpu_forget(p);
	p->p_gen = p->p_gen + 1 > _ENDPOINT_MAX_GEN ? 1 : p->p_gen + 1;
	p->p_endpoint = NONE;
}

/* Kill p: it never runs again, its slot and memory are freed. */
void
proc_kill(struct proc *p, const char *why)
{
	if (p->p_rts_flags & RTS_SLOT_FREE)
		return;
	if (why != NULL)
		kprintf("kernel: %s (endpoint %d) removed: %s\n", p->p_name,
		    p->p_endpoint, why);
	ipc_proc_exit(p);
	sched_proc_exit(p);
	proc_free_slot(p);
}

void
proc_exit(struct proc *p, int status)
{
	kprintf("kernel: %s (endpoint %d) exited with status %d\n", p->p_name,
	    p->p_endpoint, status);
	proc_kill(p, NULL);
}

int
proc_live_count(void)
{
	int i, n = 0;

	for (i = 0; i < NR_SLOTS; i++)
		if (!(proc_table[i].p_rts_flags & RTS_SLOT_FREE))
			n++;
	return n;
}
