/*
 * start.S: first instructions; from the boot loader to kmain() in long mode.
 *
 * One ELF64 file boots two ways.  It carries a multiboot1 header with the
 * a.out-kludge address fields (flag bit 16), so `qemu -kernel' loads it as
 * a flat image even though QEMU refuses ELF64, and a multiboot2 header with
 * the address and entry tags, so GRUB's `multiboot2' loads it the same way.
 * Both loaders enter start32 in 32-bit protected mode, paging off, with the
 * magic in eax and the physical address of the boot information in ebx.
 *
 * start32 builds the boot page tables (2 MiB pages):
 *	0 .. 4 GiB		identity (only until kmain drops it)
 *	DIRECT_BASE + 0 .. 4 GiB	direct map of physical memory
 *	KERNBASE + 0 .. 2 GiB	the kernel image (linked there)
 * then enables PAE, long mode and paging, jumps to the higher half and
 * calls kmain(magic, info_pa).  These tables stay the kernel's tables; every
 * address space shares their upper half.  kmem_protect() (kmem.c) later
 * maps the image with 4 KiB pages (W^X), makes the direct map NX and
 * unmaps the guard page under the boot stack.
 */

#define KERNBASE    0xffffffff80000000
#define V2P(x)	    ((x) - KERNBASE)

#define MB1_MAGIC   0x1badb002
#define MB1_FLAGS   0x00010003	/* page-align modules, memory map, a.out */
#define MB2_MAGIC   0xe85250d6

	.section .boot.header, "a"
	.p2align 3
mb1_header:
	.long MB1_MAGIC
	.long MB1_FLAGS
	.long -(MB1_MAGIC + MB1_FLAGS)
	.long V2P(mb1_header)		/* header_addr */
	.long V2P(_kern_start)		/* load_addr */
	.long V2P(_kern_data_end)	/* load_end_addr */
	.long V2P(_kern_end)		/* bss_end_addr */
	.long V2P(start32)		/* entry_addr */

	.p2align 3
mb2_header:
	.long MB2_MAGIC
	.long 0				/* i386 protected mode */
	.long mb2_header_end - mb2_header
	.long -(MB2_MAGIC + (mb2_header_end - mb2_header))
	/* address tag */
	.short 2, 0
	.long 24
	.long V2P(mb2_header)
	.long V2P(_kern_start)
	.long V2P(_kern_data_end)
	.long V2P(_kern_end)
	/* entry address tag */
	.short 3, 0
	.long 12
	.long V2P(start32)
	.long 0				/* pad to 8 */
	/* page-align modules */
	.short 6, 0
	.long 8
	/* end */
	.short 0, 0
	.long 8
mb2_header_end:

	.section .boot.text, "ax"
	.code32
	.globl start32
start32:
	cli
	cld
	movl	%eax, V2P(boot_magic)
	movl	%ebx, V2P(boot_info_pa)
	movl	$V2P(boot_stack_top), %esp

	/* Long mode? If not there is nothing we can do: stop. */
	movl	$0x80000001, %eax
	cpuid
	testl	$(1 << 29), %edx
	jz	no_long_mode
	movl	%edx, V2P(boot_ext_features)

	/* Zero the table pages (7 pages). */
	movl	$V2P(boot_pml4), %edi
	movl	$(7 * 4096 / 4), %ecx
	xorl	%eax, %eax
	rep stosl

	/* PML4: 0 and 256 -> pdpt_low, 511 -> pdpt_high. */
	movl	$V2P(boot_pdpt_low) + 3, %eax
	movl	%eax, V2P(boot_pml4)
	movl	%eax, V2P(boot_pml4) + 256 * 8
	movl	$V2P(boot_pdpt_high) + 3, %eax
	movl	%eax, V2P(boot_pml4) + 511 * 8

	/* pdpt_low[0..3] -> pd[0..3]; pdpt_high[510..511] -> pd[0..1]. */
	movl	$V2P(boot_pd) + 3, %eax
	movl	$V2P(boot_pdpt_low), %edi
	movl	$4, %ecx
1:	movl	%eax, (%edi)
	addl	$4096, %eax
	addl	$8, %edi
	loop	1b
	movl	$V2P(boot_pd) + 3, %eax
	movl	%eax, V2P(boot_pdpt_high) + 510 * 8
	addl	$4096, %eax
	movl	%eax, V2P(boot_pdpt_high) + 511 * 8

	/* pd: 2048 entries of 2 MiB, present | writable | large. */
	movl	$V2P(boot_pd), %edi
	movl	$0x83, %eax
	xorl	%edx, %edx
	movl	$2048, %ecx
2:	movl	%eax, (%edi)
	movl	%edx, 4(%edi)
	addl	$0x200000, %eax
	adcl	$0, %edx
	addl	$8, %edi
	loop	2b

	/* PAE on, tables in, EFER.LME (+NXE if the CPU has NX), paging on. */
	movl	%cr4, %eax
	orl	$(1 << 5), %eax
	movl	%eax, %cr4
	movl	$V2P(boot_pml4), %eax
	movl	%eax, %cr3
	movl	$0xc0000080, %ecx
	rdmsr
	orl	$(1 << 8), %eax
	testl	$(1 << 20), V2P(boot_ext_features)
	jz	3f
	orl	$(1 << 11), %eax
3:	wrmsr
	movl	%cr0, %eax
	orl	$0x80010000, %eax	/* PG | WP */
	movl	%eax, %cr0

	lgdt	V2P(boot_gdt_ptr)
	ljmp	$0x08, $V2P(start64_low)

no_long_mode:
	hlt
	jmp	no_long_mode

	.code64
start64_low:
	movabsq	$start64_high, %rax
	jmp	*%rax

	.text
start64_high:
	movw	$0x10, %ax
	movw	%ax, %ds
	movw	%ax, %es
	movw	%ax, %ss
	xorw	%ax, %ax
	movw	%ax, %fs
	movw	%ax, %gs
	movabsq	$boot_stack_top, %rsp
	xorl	%ebp, %ebp
	movl	boot_magic(%rip), %edi
	movl	boot_info_pa(%rip), %esi
	call	kmain
4:	cli
	hlt
	jmp	4b

	.section .boot.rodata, "a"
	.p2align 3
boot_gdt:
	.quad 0
	.quad 0x00af9a000000ffff	/* 0x08: 64-bit code */
	.quad 0x00cf92000000ffff	/* 0x10: data */
boot_gdt_end:
boot_gdt_ptr:
	.short boot_gdt_end - boot_gdt - 1
	.long V2P(boot_gdt)

	.data
	.p2align 2
	.globl boot_magic, boot_info_pa, boot_ext_features
boot_magic:	.long 0
boot_info_pa:	.long 0
boot_ext_features: .long 0

	.bss
	.p2align 12
	.globl boot_pml4, boot_pdpt_low, boot_pdpt_high
boot_pml4:	.skip 4096
boot_pdpt_low:	.skip 4096
boot_pdpt_high:	.skip 4096
boot_pd:	.skip 4 * 4096
	.globl boot_stack_guard, boot_stack_top
boot_stack_guard: .skip 4096		/* unmapped by pmap_init() */
boot_stack:	.skip 16384
boot_stack_top:
