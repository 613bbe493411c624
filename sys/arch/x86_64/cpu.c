/*
 * cpu.c: per-CPU descriptor tables and the syscall MSRs.
 *
 * GDT layout (the order `sysret' would need, although exits use iretq):
 *	0x08 kernel code, 0x10 kernel data, 0x18 user data, 0x20 user code,
 *	0x28 the TSS (two slots).
 * The TSS supplies rsp0, the kernel stack top for traps from ring 3, and
 * IST1, a separate stack for double faults and NMIs, so a kernel stack
 * overflow still ends in a readable panic rather than a triple fault.
 * The IDT is shared by all CPUs: exceptions 0-31 and IRQs 0x30-0x3f are
 * interrupt gates for ring 0; 0x21 (kernel calls) may be raised from ring 3.
 */

#include "kernel.h"
#include "proc.h"
#include "arch.h"
#include "cpufunc.h"
#include "x86.h"

struct tss {
	uint32_t reserved0;
	uint64_t rsp[3];
	uint64_t reserved1;
	uint64_t ist[7];
	uint64_t reserved2;
	uint16_t reserved3;
	uint16_t iomap_base;
} __packed;

struct x86_cpu {
	uint64_t gdt[7];
	struct tss tss;
};

struct gate {
	uint16_t off_lo, sel;
	uint8_t ist, type;
	uint16_t off_mid;
	uint32_t off_hi, reserved;
} __packed;

struct desc_ptr {
	uint16_t limit;
	uint64_t base;
} __packed;

/* locore.S reads these through %gs and the trap frame by hand. */
_Static_assert(offsetof(struct cpu, c_self) == 0, "GS_SELF");
_Static_assert(offsetof(struct cpu, c_kstack_top) == 8, "GS_KSTACK_TOP");
_Static_assert(offsetof(struct cpu, c_user_rsp) == 16, "GS_USER_RSP");
_Static_assert(offsetof(struct cpu_ctx, vector) == 15 * 8, "frame regs");
_Static_assert(
    offsetof(struct cpu_ctx, cs) - offsetof(struct cpu_ctx, vector) == 24,
    "frame cs");
_Static_assert(sizeof(struct cpu_ctx) == 22 * 8, "frame size");

static struct x86_cpu x86_cpus[MAX_CPUS];
static struct gate idt[64];
/* Each stack sits above its own guard page, which pmap_init() unmaps. */
uint8_t kstacks[MAX_CPUS][GUARD_SIZE + KSTACK_SIZE]
    __attribute__((aligned(4096)));
uint8_t iststacks[MAX_CPUS][GUARD_SIZE + ISTSTACK_SIZE]
    __attribute__((aligned(4096)));

extern char trap_stubs[];
extern char syscall_entry[];

static void
idt_set(int vec, int dpl, int ist)
{
	uintptr_t off = (uintptr_t)trap_stubs + 16 * vec;
	struct gate *g = &idt[vec];

	g->off_lo = off & 0xffff;
	g->sel = SEL_KCODE;
	g->ist = ist;
	g->type = 0x8e | (dpl << 5); /* present, 64-bit interrupt gate */
	g->off_mid = (off >> 16) & 0xffff;
	g->off_hi = off >> 32;
	g->reserved = 0;
}

static void
idt_init(void)
{
	int v;

	for (v = 0; v < 32; v++)
		idt_set(v, 0, v == VEC_DF || v == VEC_NMI ? 1 : 0);
	idt_set(VEC_KCALL, 3, 0);
	idt_set(VEC_SPURIOUS, 0, 0);
	for (v = VEC_IRQ0; v < VEC_IRQ0 + 16; v++)
		idt_set(v, 0, 0);
}

static void
gdt_init(struct x86_cpu *xc)
{
	uintptr_t t = (uintptr_t)&xc->tss;

	xc->gdt[0] = 0;
	xc->gdt[1] = 0x00af9a000000ffffULL; /* kernel code, L */
	xc->gdt[2] = 0x00cf92000000ffffULL; /* kernel data */
	xc->gdt[3] = 0x00cff2000000ffffULL; /* user data, DPL 3 */
	xc->gdt[4] = 0x00affa000000ffffULL; /* user code, L, DPL 3 */
	xc->gdt[5] = (sizeof(struct tss) - 1) | ((t & 0xffffff) << 16) |
	    (0x89ULL << 40) | (((t >> 24) & 0xff) << 56);
	xc->gdt[6] = t >> 32;
	xc->tss.iomap_base = sizeof(struct tss); /* no I/O bitmap */
}

static void
load_tables(struct x86_cpu *xc)
{
	struct desc_ptr gp = { sizeof(xc->gdt) - 1, (uint64_t)xc->gdt };
	struct desc_ptr ip = { sizeof(idt) - 1, (uint64_t)idt };

	__asm__ volatile("lgdt %0" : : "m"(gp));
	__asm__ volatile("lidt %0" : : "m"(ip));
	__asm__ volatile(
	    "movw %w0, %%ds; movw %w0, %%es; movw %w0, %%ss\n\t"
	    "pushq %1; leaq 1f(%%rip), %%rax; pushq %%rax; lretq\n1:"
	    :
	    : "r"(SEL_KDATA), "i"(SEL_KCODE)
	    : "rax", "memory");
	__asm__ volatile("ltr %w0" : : "r"(SEL_TSS));
}

static void
syscall_init(void)
{
	wrmsr(MSR_EFER, rdmsr(MSR_EFER) | EFER_SCE);
	wrmsr(MSR_STAR, ((uint64_t)0x10 << 48) | ((uint64_t)SEL_KCODE << 32));
	wrmsr(MSR_LSTAR, (uint64_t)syscall_entry);
	/* syscall clears IF, DF, TF and AC. */
	wrmsr(MSR_SFMASK, 0x200 | 0x400 | 0x100 | 0x40000);
}

/*
 * SMEP and SMAP where the CPU has them: the kernel never executes or
 * touches user pages directly (copy.c goes through the direct map), so any
 * such access is a kernel bug and should fault.
 */
static void
protect_user_pages(void)
{
	uint32_t a = 7, b, c = 0, d;
	uint64_t cr4;

	__asm__ volatile("cpuid" : "+a"(a), "=b"(b), "+c"(c), "=d"(d));
	__asm__ volatile("mov %%cr4, %0" : "=r"(cr4));
	if (b & CPUID7_SMEP)
		cr4 |= CR4_SMEP;
	if (b & CPUID7_SMAP)
		cr4 |= CR4_SMAP;
	__asm__ volatile("mov %0, %%cr4" : : "r"(cr4));
	kprintf("cpu: NX %s, SMEP %s, SMAP %s\n",
	    (rdmsr(MSR_EFER) & EFER_NXE) ? "on" : "off",
	    (cr4 & CR4_SMEP) ? "on" : "off", (cr4 & CR4_SMAP) ? "on" : "off");
}

void
arch_init(struct cpu *c)
{
	struct x86_cpu *xc = &x86_cpus[c->c_id];

	c->c_arch = xc;
	c->c_self = c;
	c->c_kstack_top = (uint64_t)&kstacks[c->c_id][sizeof(kstacks[0])];
	if (c->c_id == 0)
		idt_init();
	gdt_init(xc);
	xc->tss.rsp[0] = c->c_kstack_top;
	xc->tss.ist[0] = (uint64_t)&iststacks[c->c_id][sizeof(iststacks[0])];
	load_tables(xc);
	wrmsr(MSR_GS_BASE, (uint64_t)c);
	wrmsr(MSR_KERNEL_GS_BASE, 0);
	syscall_init();
	fpu_init_cpu();
	protect_user_pages();
}

struct cpu *
cpu_self(void)
{
	struct cpu *c;

	__asm__ volatile("movq %%gs:0, %0" : "=r"(c));
	return c;
}
