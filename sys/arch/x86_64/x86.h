/*
 * x86.h: x86_64 constants shared by the machine-dependent kernel files:
 * segment selectors, trap vectors, page-table entry bits.
 */

#ifndef _X86_64_X86_H_
#define _X86_64_X86_H_

#define SEL_KCODE 0x08
#define SEL_KDATA 0x10
#define SEL_UDATA (0x18 | 3)
#define SEL_UCODE (0x20 | 3)
#define SEL_TSS	  0x28

#define VEC_NMI	     2
#define VEC_DF	     8
#define VEC_PF	     14
#define VEC_KCALL    0x21  /* int $0x21: kernel call */
#define VEC_SPURIOUS 0x2f  /* local APIC spurious interrupt */
#define VEC_IRQ0     0x30  /* 8259 IRQ 0 .. 15 -> 0x30 .. 0x3f */
#define VEC_SYSCALL  0x100 /* pseudo vector of the syscall entry */

#define PTE_P	 0x001ULL
#define PTE_W	 0x002ULL
#define PTE_U	 0x004ULL
#define PTE_PS	 0x080ULL
#define PTE_KOWN 0x200ULL /* available bit: kernel-owned page */
#define PTE_NX	 (1ULL << 63)
#define PTE_ADDR 0x000ffffffffff000ULL

#define CR0_WP (1ULL << 16)

/* Kernel stacks, each above an unmapped guard page (cpu.c, pmap.c). */
#define GUARD_SIZE    4096
#define KSTACK_SIZE   16384
#define ISTSTACK_SIZE 4096

#ifndef __ASSEMBLER__
void kmem_protect(void);	/* W^X image, NX direct map, stack guards */
void kmem_selfcheck(void);	/* PASS/FAIL kmem_wx, kmem_guard */
int kmem_guard_page(uintptr_t); /* va in a stack guard page? */
#endif

#define CR4_SMEP    (1ULL << 20)
#define CR4_SMAP    (1ULL << 21)
#define CPUID7_SMEP (1U << 7)
#define CPUID7_SMAP (1U << 20)

#define RFLAGS_IF   0x200ULL
#define RFLAGS_USER 0xcd5ULL /* CF PF AF ZF SF DF OF: user may set */

#endif /* !_X86_64_X86_H_ */
