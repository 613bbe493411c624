/*
 * fpu.c: x87/SSE/AVX state of user processes.
 *
 * User programs use SSE (compilers do for memcpy, floating point and
 * structure copies), so the kernel turns it on (CR4.OSFXSR, OSXMMEXCPT;
 * CR0.MP, no EM).  With XSAVE (CPUID.1:ECX.XSAVE) it also sets CR4.OSXSAVE
 * and XCR0 = x87|SSE|AVX, plus opmask|ZMM_Hi256|Hi16_ZMM when the CPU has
 * all three; the image then is the standard XSAVE format, whose size for
 * the enabled set CPUID leaf 0xD reports (at most FPU_AREA_MAX, see
 * proc.h).  Without XSAVE it is a 512-byte FXSAVE image.
 *
 * The kernel itself never touches these registers (-mno-sse), so switching
 * is lazy but needs no trap: the registers hold the state of the CPU's
 * c_fpu_owner, and fpu_switch() saves it (XSAVEOPT where available, which
 * skips unmodified components) and loads the next process's (XRSTOR) only
 * when a different process is resumed.
 */

#include "kernel.h"
#include "proc.h"
#include "arch.h"
#include "cpufunc.h"

#define CR0_MP		0x2
#define CR0_EM		0x4
#define CR0_TS		0x8
#define CR4_OSFXSR	(1UL << 9)
#define CR4_OSXMMEXCPT	(1UL << 10)
#define CR4_OSXSAVE	(1UL << 18)
#define CPUID1_XSAVE	(1U << 26) /* leaf 1, ecx */
#define CPUIDD_XSOPT	(1U << 0)  /* leaf 0xd subleaf 1, eax */
#define XFEATURE_LEGACY 0x07ULL	   /* x87, SSE, AVX */
#define XFEATURE_AVX512 0xe0ULL	   /* opmask, ZMM_Hi256, Hi16_ZMM */
#define FCW_DEFAULT	0x037f	   /* all x87 exceptions masked */
#define MXCSR_DEFAULT	0x1f80	   /* all SSE exceptions masked */

static enum { FPU_FXSAVE, FPU_XSAVE, FPU_XSAVEOPT } fpu_mode;
static uint64_t fpu_xcr0;
static uint32_t fpu_size = 512;

static void
fpu_save(struct proc *p)
{
	uint32_t lo = (uint32_t)fpu_xcr0, hi = (uint32_t)(fpu_xcr0 >> 32);

	if (fpu_mode == FPU_XSAVEOPT)
		__asm__ volatile("xsaveopt64 %0"
				 : "+m"(p->p_fpu)
				 : "a"(lo), "d"(hi));
	else if (fpu_mode == FPU_XSAVE)
		__asm__ volatile("xsave64 %0"
				 : "+m"(p->p_fpu)
				 : "a"(lo), "d"(hi));
	else
		__asm__ volatile("fxsave64 %0" : "=m"(p->p_fpu));
}

static void
fpu_load(struct proc *p)
{
	uint32_t lo = (uint32_t)fpu_xcr0, hi = (uint32_t)(fpu_xcr0 >> 32);

	if (fpu_mode != FPU_FXSAVE)
		__asm__ volatile("xrstor64 %0"
				 :
				 : "m"(p->p_fpu), "a"(lo), "d"(hi));
	else
		__asm__ volatile("fxrstor64 %0" : : "m"(p->p_fpu));
}

/* XSAVE present: enable it and choose XCR0 and the image size. */
static void
xsave_init(uint64_t *cr4)
{
	uint32_t r[4];
	uint64_t want;

	cpuid(0xd, 0, r);
	want = (((uint64_t)r[3] << 32) | r[0]) &
	    (XFEATURE_LEGACY | XFEATURE_AVX512);
	if ((want & XFEATURE_AVX512) != XFEATURE_AVX512)
		want &= ~XFEATURE_AVX512;
	*cr4 |= CR4_OSXSAVE;
	__asm__ volatile("mov %0, %%cr4" : : "r"(*cr4));
	__asm__ volatile("xsetbv" : : "c"(0), "a"((uint32_t)want), "d"(0));
	cpuid(0xd, 0, r); /* ebx: size for the features now in XCR0 */
	if (r[1] > FPU_AREA_MAX)
		panic("fpu: XSAVE image of %u bytes > %d", r[1], FPU_AREA_MAX);
	fpu_xcr0 = want;
	fpu_size = r[1];
	cpuid(0xd, 1, r);
	fpu_mode = (r[0] & CPUIDD_XSOPT) ? FPU_XSAVEOPT : FPU_XSAVE;
}

void
fpu_init_cpu(void)
{
	uint32_t r[4];
	uint64_t cr0, cr4;

	__asm__ volatile("mov %%cr0, %0" : "=r"(cr0));
	cr0 = (cr0 | CR0_MP) & ~(CR0_EM | CR0_TS);
	__asm__ volatile("mov %0, %%cr0" : : "r"(cr0));
	__asm__ volatile("mov %%cr4, %0" : "=r"(cr4));
	cr4 |= CR4_OSFXSR | CR4_OSXMMEXCPT;
	__asm__ volatile("mov %0, %%cr4" : : "r"(cr4));
	cpuid(1, 0, r);
	if (r[2] & CPUID1_XSAVE)
		xsave_init(&cr4);
	__asm__ volatile("fninit");
	kprintf("fpu: %s, xcr0 %lx, %u-byte image\n",
	    fpu_mode == FPU_XSAVEOPT	? "xsaveopt"
		: fpu_mode == FPU_XSAVE ? "xsave"
					: "fxsave",
	    fpu_xcr0, fpu_size);
}

/*
 * A fresh process (or a new image): FNINIT's state.  In an XSAVE image an
 * all-zero header (XSTATE_BV = 0) makes XRSTOR load every component's
 * initial state except MXCSR, which it takes from the legacy area.
 */
void
fpu_init_proc(struct proc *p)
{
	struct cpu *c = cpu_self();

	memset(p->p_fpu, 0, fpu_size);
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
		fpu_save(parent);
	memcpy(child->p_fpu, parent->p_fpu, fpu_size);
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
		fpu_save(c->c_fpu_owner);
	fpu_load(p);
	c->c_fpu_owner = p;
}
