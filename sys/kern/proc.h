/*
 * proc.h: the process table, the per-CPU structure and the scheduler API.
 *
 * A process is one slot of proc_table[]; it owns an address space (a PML4
 * whose upper half is the shared kernel mapping) and the user registers
 * saved on its last entry into the kernel.  The kernel has no threads of its
 * own: every trap ends by resuming some process (or the idle loop), so a
 * single kernel stack per CPU is enough and there is no kernel context to
 * save.
 *
 * Runnability: a process is on its CPU's run queue iff p_rts_flags == 0.
 * Change the flags only with rts_set()/rts_clear(), which keep the queues
 * in step.  The RTS_ bits below are the foundation's; ipc.h adds the IPC
 * ones (RTS_SENDING, RTS_RECEIVING, ...) from bit 8 up.
 */

#ifndef _KERN_PROC_H_
#define _KERN_PROC_H_

#include "kernel.h"
#include <minix/com.h>
#include <minix/ipc.h>

#include "ipc.h"
#include "priv.h"

/*
 * User registers, in the order the trap entry code pushes them (locore.S):
 * the frame on the kernel stack and p_ctx have the same layout.
 */
struct cpu_ctx {
	uint64_t rax, rbx, rcx, rdx, rsi, rdi, rbp;
	uint64_t r8, r9, r10, r11, r12, r13, r14, r15;
	uint64_t vector, err;		   /* trap number, error code */
	uint64_t rip, cs, rflags, rsp, ss; /* the CPU's iret frame */
};

/* p_rts_flags: any bit set means "not runnable". */
#define RTS_SLOT_FREE  0x01 /* slot unused */
#define RTS_STOPPED    0x02 /* stopped by RUNCTL or not yet started */
#define RTS_FAULTED    0x04 /* took a fault; waits for VM or death */
#define RTS_NO_QUANTUM 0x10 /* quantum used up, scheduler decides */
/* 0x100 and up: IPC states, defined by ipc.h. */

#define NR_SCHED_QUEUES 16 /* 0 highest .. 15 lowest */
#define USER_Q		8  /* default queue of boot modules */
#define DEFAULT_QUANTUM 5  /* ticks (HZ = 100 -> 50 ms) */

/*
 * FPU/SIMD save area (arch fpu.c): the standard-format XSAVE image of
 * x87, SSE, AVX and AVX-512 (opmask, ZMM_Hi256, Hi16_ZMM end at 2688), or
 * the first 512 bytes as an FXSAVE image on CPUs without XSAVE.
 */
#define FPU_AREA_MAX 2688

struct cpu;

struct proc {
	struct cpu_ctx p_ctx; /* user registers; first: locore.S saves here */
	uint8_t p_fpu[FPU_AREA_MAX] __attribute__((aligned(64))); /* XSAVE */
	paddr_t p_pml4; /* address-space root (phys) */

	int p_slot;	       /* index in proc_table */
	endpoint_t p_endpoint; /* _ENDPOINT(gen, slot) */
	int p_gen;	       /* generation of this slot */
	char p_name[16];

	unsigned p_rts_flags; /* RTS_xxx, 0 = runnable */

	int p_priority;		  /* run queue, 0 .. NR_SCHED_QUEUES-1 */
	int p_quantum_size;	  /* ticks per quantum */
	int p_quantum_left;	  /* ticks left in this quantum */
	struct proc *p_nextready; /* run-queue link */
	struct cpu *p_cpu;	  /* CPU whose queues hold us */
	endpoint_t p_scheduler;	  /* NONE: kernel schedules */

	uint64_t p_user_cycles; /* accounting, in TSC cycles (clock.c) */
	uint64_t p_sys_cycles;
	uint64_t p_alarm; /* SYS_SETALARM expiry (uptime), 0 */

	struct proc_ipc p_ipc; /* IPC state (ipc.h, K2) */
	message p_vmfault;     /* VM_PAGEFAULT sent for RTS_FAULTED */
	struct priv *p_priv;   /* privileges (priv.h, K2) */
};

/*
 * Per-CPU state.  The first five fields are read by locore.S through
 * %gs (see GS_ offsets in sys/arch/x86_64/locore.S); keep them first.
 */
struct cpu {
	struct cpu *c_self;    /* %gs:0 */
	uint64_t c_kstack_top; /* %gs:8, also TSS.rsp0 */
	uint64_t c_user_rsp;   /* %gs:16, entry-code scratch */
	int c_id;
	struct proc *cur_proc;	  /* %gs:32, running process or NULL */
	struct proc *c_fpu_owner; /* whose x87/SSE state is loaded */
	struct proc *c_rq_head[NR_SCHED_QUEUES];
	struct proc *c_rq_tail[NR_SCHED_QUEUES];
	uint64_t c_idle_cycles; /* TSC cycles with no process (clock.c) */
	uint64_t c_tsc_mark;	/* TSC at the last kernel entry or exit */
	uint64_t c_tsc_start;	/* TSC when accounting started */
	struct proc *c_kproc;	/* process whose trap the kernel runs */
	void *c_arch;		/* struct x86_cpu (GDT, TSS) */
};

#define MAX_CPUS 1

extern struct proc proc_table[NR_SLOTS];
extern struct cpu cpus[MAX_CPUS];

/* sched.c */
struct cpu *cpu_self(void);
void rts_set(struct proc *, unsigned);
void rts_clear(struct proc *, unsigned);
void sched_yield_current(void);
void sched_set_priority(struct proc *, int);
void sched_init_cpu(struct cpu *, int);
void sched_proc_exit(struct proc *); /* a user-space scheduler exits */
void sched_run(void) __noreturn;     /* resume the best runnable process */
void clock_enter(struct cpu *, struct proc *); /* clock.c: accounting */
void clock_leave(struct cpu *);
int proc_runnable(const struct proc *);

/* proc.c */
struct proc *proc_by_slot(int);
struct proc *proc_by_endpoint(endpoint_t);
struct proc *proc_by_name(const char *);
int proc_alloc_slot(int); /* -1 = any free slot after boot ones */
struct proc *proc_new(int, const char *);
int proc_from_module(const char *, paddr_t, size_t);
int elf_load(struct proc *, const uint8_t *, size_t, uint64_t *);
void proc_kill(struct proc *, const char *);
void proc_exit(struct proc *, int);
void proc_init(void);
int proc_live_count(void);

/* Hooks implemented by K2 (weak placeholders in weak.c). */
void ipc_proc_exit(struct proc *);
long ipc_trap(struct proc *, int, int, uintptr_t);
void priv_init_boot(struct proc *, int);

/* system.c: kernel calls. */
long kcall_trap(struct proc *, uintptr_t);

/*
 * Boot image (table.c): which boot module gets which slot, privilege id,
 * queue and quantum.  Modules not listed take the next free slot after the
 * boot services, with the default user privileges.
 */
#define BOOT_DATA (-2) /* bi_slot of a data module (RAM-disk image) */

struct boot_image {
	const char *bi_name;
	int bi_slot; /* fixed slot (== endpoint), -1 any, BOOT_DATA */
	int bi_priv; /* privilege id, see priv.h (K2) */
	int bi_priority;
	int bi_quantum;
};
extern const struct boot_image boot_image[];
extern const int nr_boot_image;
const struct boot_image *boot_image_lookup(const char *);
int boot_data_module(const char *, paddr_t *, size_t *);
int boot_data_list(struct kinfo_bootmod *, int);

#endif /* !_KERN_PROC_H_ */
