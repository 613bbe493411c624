/*
 * arch.h: what the portable kernel asks of the machine layer
 * (sys/arch/x86_64).
 */

#ifndef _KERN_ARCH_H_
#define _KERN_ARCH_H_

#include "kernel.h"

struct proc;
struct cpu;
struct cpu_ctx;

/* Boot information, filled by the multiboot parser before anything else. */
#define MAX_BOOT_MODULES 32
#define MAX_MEM_RANGES	 64

struct boot_module {
	paddr_t bm_start, bm_end; /* [start, end) physical */
	char bm_cmdline[128];	  /* the tail if longer: the name is last */
};

struct mem_range_info {
	paddr_t mri_start, mri_end; /* [start, end) usable RAM */
};

struct boot_info {
	int bi_nmods;
	struct boot_module bi_mods[MAX_BOOT_MODULES];
	int bi_nmem;
	struct mem_range_info bi_mem[MAX_MEM_RANGES];
	char bi_loader[32];
};
extern struct boot_info boot_info;

void cons_init(void); /* COM1 early console */
void cons_putc(int);
void mb_parse(uint32_t, paddr_t); /* multiboot 1 or 2 -> boot_info */
void pmap_init(void);		  /* drop the boot identity map */
void pmap_extend_direct(paddr_t); /* direct map up to this address */

void arch_init(struct cpu *);		    /* GDT, IDT, TSS, syscall MSRs */
void arch_cpu_start(struct cpu *);	    /* timer + PIC, before sched_run */
void arch_resume(struct proc *) __noreturn; /* iretq to user */
void arch_idle(struct cpu *) __noreturn;    /* sti; hlt loop */
void arch_halt(void) __noreturn;
uint64_t arch_cycles(void); /* the TSC */
void arch_debug_exit(int);  /* isa-debug-exit port */
void fpu_init_cpu(void);    /* fpu.c: x87/SSE per process */
void fpu_init_proc(struct proc *);
void fpu_copy(struct proc *, struct proc *);
void fpu_forget(struct proc *);
void fpu_switch(struct cpu *, struct proc *);
void arch_user_ctx_init(struct proc *, uint64_t, uint64_t, uint64_t);
int arch_sanitize_ctx(struct proc *);

/* IRQ lines (8259 PIC for now). */
#define NR_IRQ_VECTORS 16
void irq_mask(int);
void irq_unmask(int);
void irq_handle(int); /* K2: non-timer IRQs */

/* Port I/O for DEVIO. */
uint32_t arch_port_in(unsigned, int);
void arch_port_out(unsigned, uint32_t, int);

/* Faults from user mode: the one place a fault's fate is decided. */
void user_fault(struct proc *, struct cpu_ctx *, uint64_t);
int pagefault_to_vm(struct proc *, uint64_t, uint64_t, uint64_t);

#endif /* !_KERN_ARCH_H_ */
