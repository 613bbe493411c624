/*
 * fpu.c: x87/SSE state of user processes.
 *
 * User programs use SSE (compilers do for memcpy, floating point and
 * structure copies), so the kernel turns it on (CR4.OSFXSR, OSXMMEXCPT;
 * CR0.MP, no EM) and keeps a 512-byte FXSAVE image per process.  The
 * kernel itself never touches these registers (-mno-sse), so switching is
 * lazy but needs no trap: the registers hold the state of the CPU's
 * c_fpu_owner, and fpu_switch() saves it and loads the next process's only
 * when a different process is resumed.
 */

#include "kernel.h"
#include "proc.h"
#include "arch.h"

#define CR0_MP	       0x2
#define CR0_EM	       0x4
#define CR0_TS	       0x8
#define CR4_OSFXSR     (1UL << 9)
#define CR4_OSXMMEXCPT (1UL << 10)
#define FCW_DEFAULT    0x037f /* all x87 exceptions masked */
#define MXCSR_DEFAULT  0x1f80 /* all SSE exceptions masked */

static void
fxsave(struct proc *p)
{
	__asm__ volatile("fxsave64 %0" : "=m"(p->p_fpu));
}

static void
fxrstor(struct proc *p)
{
	__asm__ volatile("fxrstor64 %0" : : "m"(p->p_fpu));
}

void
fpu_init_cpu(void)
{
	uint64_t cr0, cr4;

	__asm__ volatile("mov %%cr0, %0" : "=r"(cr0));
	cr0 = (cr0 | CR0_MP) & ~(CR0_EM | CR0_TS);
	__asm__ volatile("mov %0, %%cr0" : : "r"(cr0));
	__asm__ volatile("mov %%cr4, %0" : "=r"(cr4));
	cr4 |= CR4_OSFXSR | CR4_OSXMMEXCPT;
	__asm__ volatile("mov %0, %%cr4" : : "r"(cr4));
	__asm__ volatile("fninit");
}

/* A fresh process (or a new image): the state after FNINIT. */
void
fpu_init_proc(struct proc *p)
{
	struct cpu *c = cpu_self();

	memset(p->p_fpu, 0, sizeof(p->p_fpu));
	*(uint16_t *)&p->p_fpu[0] = FCW_DEFAULT;
	*(uint32_t *)&p->p_fpu[24] = MXCSR_DEFAULT;
	if (c->c_fpu_owner == p)
		c->c_fpu_owner = NULL; /* the registers are stale now */
}

/* The child of SYS_FORK gets the parent's current state. */
void
fpu_copy(struct proc *child, struct proc *parent)
{
	struct cpu *c = cpu_self();

	if (c->c_fpu_owner == parent)
		fxsave(parent);
	memcpy(child->p_fpu, parent->p_fpu, sizeof(child->p_fpu));
}

/* p is going away: its registers are nobody's to save. */
void
fpu_forget(struct proc *p)
{
	struct cpu *c = cpu_self();

	if (c->c_fpu_owner == p)
		c->c_fpu_owner = NULL;
}

void
fpu_switch(struct cpu *c, struct proc *p)
{
	if (c->c_fpu_owner == p)
		return;
	if (c->c_fpu_owner != NULL)
		fxsave(c->c_fpu_owner);
	fxrstor(p);
	c->c_fpu_owner = p;
}
