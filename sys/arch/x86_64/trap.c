/*
 * trap.c: where every entry into the kernel lands (from locore.S).
 *
 * trap_dispatch() saves the user registers into the running process,
 * routes the trap (exception, kernel call, IPC, interrupt) and ends in
 * sched_run(), which resumes whichever process should run now.  An
 * exception in the kernel itself is fatal: registers, CR2, panic.  An
 * exception in user mode goes to user_fault(), the single place that decides
 * a faulting process's fate (page faults may go to VM).
 */

#include "kernel.h"
#include "proc.h"
#include "arch.h"
#include "vm.h"
#include "cpufunc.h"
#include "x86.h"

void trap_dispatch(struct cpu_ctx *) __noreturn;
void intr_dispatch(int);
void ctx_resume(struct cpu_ctx *) __noreturn;

static const char *const trap_names[32] = {
	"divide error",
	"debug",
	"NMI",
	"breakpoint",
	"overflow",
	"bound range",
	"invalid opcode",
	"device not available",
	"double fault",
	"coprocessor overrun",
	"invalid TSS",
	"segment not present",
	"stack fault",
	"general protection",
	"page fault",
	"reserved 15",
	"x87 error",
	"alignment check",
	"machine check",
	"SIMD error",
	"virtualization",
	"control protection",
	"reserved 22",
	"reserved 23",
	"reserved 24",
	"reserved 25",
	"reserved 26",
	"reserved 27",
	"hypervisor injection",
	"VMM communication",
	"security",
	"reserved 31",
};

static const char *
trap_name(uint64_t vec)
{
	return vec < 32 ? trap_names[vec] : "interrupt";
}

static void
dump_regs(const struct cpu_ctx *f)
{
	kprintf("  rax %016lx rbx %016lx rcx %016lx rdx %016lx\n", f->rax,
	    f->rbx, f->rcx, f->rdx);
	kprintf("  rsi %016lx rdi %016lx rbp %016lx rsp %016lx\n", f->rsi,
	    f->rdi, f->rbp, f->rsp);
	kprintf("  r8  %016lx r9  %016lx r10 %016lx r11 %016lx\n", f->r8, f->r9,
	    f->r10, f->r11);
	kprintf("  r12 %016lx r13 %016lx r14 %016lx r15 %016lx\n", f->r12,
	    f->r13, f->r14, f->r15);
	kprintf("  rip %016lx cs %lx rflags %lx ss %lx err %lx\n", f->rip,
	    f->cs, f->rflags, f->ss, f->err);
}

static void __noreturn
kernel_exception(const struct cpu_ctx *f)
{
	kprintf("\nkernel trap %lu (%s) at rip %016lx, cr2 %016lx\n", f->vector,
	    trap_name(f->vector), f->rip, rcr2());
	if (kmem_guard_page(rcr2()))
		kprintf("kernel stack overflow: cr2 is in a guard page\n");
	dump_regs(f);
	panic(
	    "trap_dispatch: unexpected %s in the kernel", trap_name(f->vector));
}

/*
 * A process faulted.  Page faults may be resolved by VM (K2 routes them
 * through pagefault_to_vm, which stops the process and returns 0); anything
 * else kills the process and only it.
 */
void
user_fault(struct proc *p, struct cpu_ctx *f, uint64_t cr2)
{
	char why[96];

	if (f->vector == VEC_PF && pagefault_to_vm(p, cr2, f->err, f->rip) == 0)
		return;
	kprintf("kernel: %s (endpoint %d): %s (trap %lu) at rip %lx, "
		"addr %lx, err %lx\n",
	    p->p_name, p->p_endpoint, trap_name(f->vector), f->vector, f->rip,
	    f->vector == VEC_PF ? cr2 : 0, f->err);
	strlcpy(why, "killed by ", sizeof(why));
	strlcpy(why + 10, trap_name(f->vector), sizeof(why) - 10);
	proc_kill(p, why);
}

static void
trap_from_user(struct proc *p)
{
	struct cpu_ctx *f = &p->p_ctx;
	long r;

	if (f->vector < 32) {
		user_fault(p, f, f->vector == VEC_PF ? rcr2() : 0);
	} else if (f->vector == VEC_KCALL) {
		r = kcall_trap(p, f->rdi);
		if (r != -EDONTREPLY)
			f->rax = r;
	} else if (f->vector == VEC_SYSCALL) {
		r = ipc_trap(p, (int)f->rdi, (int)f->rsi, f->rdx);
		if (r != -EDONTREPLY)
			f->rax = r;
	} else if (f->vector >= VEC_IRQ0 && f->vector < VEC_IRQ0 + 16) {
		intr_dispatch(f->vector - VEC_IRQ0);
	} else if (f->vector != VEC_SPURIOUS) {
		kprintf("trap_from_user: stray vector %lu\n", f->vector);
	}
}

void
trap_dispatch(struct cpu_ctx *f)
{
	struct cpu *c = cpu_self();
	struct proc *p = c->cur_proc;

	clock_enter(c, (f->cs & 3) == 3 ? p : NULL);
	if ((f->cs & 3) == 3) {
		KASSERT(p != NULL);
		if (f != &p->p_ctx) /* locore.S saves straight into p_ctx */
			p->p_ctx = *f;
		trap_from_user(p);
	} else if (f->vector >= VEC_IRQ0 && f->vector < VEC_IRQ0 + 16) {
		intr_dispatch(f->vector - VEC_IRQ0); /* woke from idle */
	} else if (f->vector != VEC_SPURIOUS) {
		kernel_exception(f);
	}
	sched_run();
}

/* Set up the registers of a new user context. */
void
arch_user_ctx_init(struct proc *p, uint64_t ip, uint64_t sp, uint64_t arg)
{
	memset(&p->p_ctx, 0, sizeof(p->p_ctx));
	fpu_init_proc(p);
	p->p_ctx.rip = ip;
	p->p_ctx.rsp = sp;
	p->p_ctx.rdi = arg;
	p->p_ctx.cs = SEL_UCODE;
	p->p_ctx.ss = SEL_UDATA;
	p->p_ctx.rflags = RFLAGS_IF;
}

/*
 * Make a saved context safe to iretq to: ring-3 selectors, interrupts on,
 * no IOPL, canonical user rip and rsp.  Returns -EFAULT if rip or rsp
 * cannot be user addresses.
 */
int
arch_sanitize_ctx(struct proc *p)
{
	struct cpu_ctx *f = &p->p_ctx;

	f->cs = SEL_UCODE;
	f->ss = SEL_UDATA;
	f->rflags = (f->rflags & RFLAGS_USER) | RFLAGS_IF;
	if (f->rip >= USER_TOP || f->rsp > USER_TOP)
		return -EFAULT;
	return 0;
}

void
arch_resume(struct proc *p)
{
	struct cpu *c = cpu_self();

	c->cur_proc = p;
	pt_switch(p);
	fpu_switch(c, p);
	clock_leave(c);
	ctx_resume(&p->p_ctx);
}
