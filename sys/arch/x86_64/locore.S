/*
 * locore.S: trap entry and exit.
 *
 * Every way into the kernel builds the same frame (struct cpu_ctx in
 * sys/kern/proc.h) and calls trap_dispatch(frame), which never returns: it
 * ends in ctx_resume() (sysretq or iretq to a process) or arch_idle().  An
 * entry from ring 3 builds the frame straight in the running process's
 * p_ctx (cur_proc, whose first field it is) and then runs on the kernel
 * stack, so trap_dispatch() has nothing to copy; an entry from ring 0 (an
 * interrupt of the idle loop, a kernel fault) leaves the frame on the
 * kernel stack.  The kernel runs with interrupts off; only the idle loop
 * enables them, so traps never nest except idle -> interrupt.
 *
 * %gs: in the kernel GS.base points at the CPU's struct cpu (c_self at 0,
 * c_kstack_top at 8, c_user_rsp at 16, cur_proc at 32); in user mode that
 * value sits in KERNEL_GS_BASE.  Entries from ring 3 and exits to it do
 * swapgs.  c_user_rsp is the entry code's scratch word.
 *
 *	trap_stubs	64 entry stubs of 16 bytes: vectors 0-31 (exceptions),
 *			0x21 (kernel call), 0x30-0x3f (8259 IRQs)
 *	syscall_entry	the `syscall' instruction (IPC), vector 0x100
 *	ctx_resume	load a cpu_ctx and sysretq or iretq to ring 3
 *	arch_idle	sti; hlt on an empty kernel stack
 */

#define GS_KSTACK_TOP	8
#define GS_USER_RSP	16
#define GS_CUR_PROC	32
#define USER_CS		0x23
#define USER_SS		0x1b
#define VEC_SYSCALL	0x100
/* struct cpu_ctx offsets (sys/kern/proc.h; checked in sys/kern/system.c) */
#define CTX_RAX		0
#define CTX_RBX		8
#define CTX_RCX		16
#define CTX_RDX		24
#define CTX_RSI		32
#define CTX_RDI		40
#define CTX_RBP		48
#define CTX_R8		56
#define CTX_R9		64
#define CTX_R10		72
#define CTX_R11		80
#define CTX_R12		88
#define CTX_R13		96
#define CTX_R14		104
#define CTX_R15		112
#define CTX_VECTOR	120
#define CTX_ERR		128
#define CTX_RIP		136
#define CTX_CS		144
#define CTX_RFLAGS	152
#define CTX_RSP		160
#define CTX_SS		168
#define CTX_SIZE	176
#define RFLAGS_RSVD1	0x2
#define ERRCODE_VECS	0x60227d00	/* 8 10-14 17 21 29 30 push a code */

	.text
	.p2align 4
	.globl trap_stubs
trap_stubs:
	vec = 0
	.rept 64
	.p2align 4
	.if ((ERRCODE_VECS >> vec) & 1) == 0
	pushq	$0
	.endif
	pushq	$vec
	jmp	trap_common
	vec = vec + 1
	.endr

/* From ring 3 the stub's stack holds vector, err and the iret frame. */
trap_common:
	testb	$3, 24(%rsp)		/* from ring 3? (cs of the iret frame) */
	jz	kernel_frame
	swapgs
	movq	%rax, %gs:GS_USER_RSP
	movq	%gs:GS_CUR_PROC, %rax	/* &cur_proc->p_ctx */
	movq	%rbx, CTX_RBX(%rax)
	movq	%rcx, CTX_RCX(%rax)
	movq	%rdx, CTX_RDX(%rax)
	movq	%rsi, CTX_RSI(%rax)
	movq	%rdi, CTX_RDI(%rax)
	movq	%rbp, CTX_RBP(%rax)
	movq	%r8, CTX_R8(%rax)
	movq	%r9, CTX_R9(%rax)
	movq	%r10, CTX_R10(%rax)
	movq	%r11, CTX_R11(%rax)
	movq	%r12, CTX_R12(%rax)
	movq	%r13, CTX_R13(%rax)
	movq	%r14, CTX_R14(%rax)
	movq	%r15, CTX_R15(%rax)
	movq	%gs:GS_USER_RSP, %rbx
	movq	%rbx, CTX_RAX(%rax)
	movq	0(%rsp), %rbx
	movq	%rbx, CTX_VECTOR(%rax)
	movq	8(%rsp), %rbx
	movq	%rbx, CTX_ERR(%rax)
	movq	16(%rsp), %rbx
	movq	%rbx, CTX_RIP(%rax)
	movq	24(%rsp), %rbx
	movq	%rbx, CTX_CS(%rax)
	movq	32(%rsp), %rbx
	movq	%rbx, CTX_RFLAGS(%rax)
	movq	40(%rsp), %rbx
	movq	%rbx, CTX_RSP(%rax)
	movq	48(%rsp), %rbx
	movq	%rbx, CTX_SS(%rax)
	movq	%rax, %rdi
	movq	%gs:GS_KSTACK_TOP, %rsp
	jmp	dispatch

#define PUSH_REGS		\
	pushq	%r15;		\
	pushq	%r14;		\
	pushq	%r13;		\
	pushq	%r12;		\
	pushq	%r11;		\
	pushq	%r10;		\
	pushq	%r9;		\
	pushq	%r8;		\
	pushq	%rbp;		\
	pushq	%rdi;		\
	pushq	%rsi;		\
	pushq	%rdx;		\
	pushq	%rcx;		\
	pushq	%rbx;		\
	pushq	%rax

/* From ring 0: the frame stays on the kernel stack. */
kernel_frame:
	PUSH_REGS
	movq	%rsp, %rdi
dispatch:
	xorl	%ebp, %ebp
	cld
	call	trap_dispatch
1:	cli
	hlt
	jmp	1b

/*
 * `syscall' (interrupts off by SFMASK): rcx = user rip, r11 = rflags.  The
 * frame is pushed into cur_proc->p_ctx from its end down.
 */
	.p2align 4
	.globl syscall_entry
syscall_entry:
	swapgs
	movq	%rsp, %gs:GS_USER_RSP
	movq	%gs:GS_CUR_PROC, %rsp
	addq	$CTX_SIZE, %rsp
	pushq	$USER_SS
	pushq	%gs:GS_USER_RSP
	pushq	%r11			/* user rflags */
	pushq	$USER_CS
	pushq	%rcx			/* user rip */
	pushq	$0
	pushq	$VEC_SYSCALL
	PUSH_REGS
	movq	%rsp, %rdi		/* = &cur_proc->p_ctx */
	movq	%gs:GS_KSTACK_TOP, %rsp
	jmp	dispatch

/*
 * void ctx_resume(struct cpu_ctx *ctx): never returns.
 *
 * A context saved by syscall_entry whose rcx and r11 still hold its rip
 * and rflags (the `syscall' instruction put them there, and nothing
 * changed them since; arch_sanitize_ctx may have cleared the always-one
 * bit 1 of the saved rflags) leaves by sysretq, which loads exactly that rip and
 * rflags (and the user selectors, from MSR_STAR) and is much cheaper than
 * iretq under emulation; any other context leaves by iretq.  rip is below
 * USER_TOP (arch_sanitize_ctx), so sysretq never meets a non-canonical
 * address.
 */
	.globl ctx_resume
ctx_resume:
	movq	%rdi, %rsp
	cmpq	$VEC_SYSCALL, CTX_VECTOR(%rsp)
	jne	restore_regs
	movq	CTX_RCX(%rsp), %rax
	cmpq	CTX_RIP(%rsp), %rax
	jne	restore_regs
	movq	CTX_R11(%rsp), %rax
	xorq	CTX_RFLAGS(%rsp), %rax
	andq	$~RFLAGS_RSVD1, %rax	/* bit 1 reads as 1 either way */
	jz	sysret_exit
restore_regs:
	popq	%rax
	popq	%rbx
	popq	%rcx
	popq	%rdx
	popq	%rsi
	popq	%rdi
	popq	%rbp
	popq	%r8
	popq	%r9
	popq	%r10
	popq	%r11
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	addq	$16, %rsp		/* vector, err */
	swapgs
	iretq

sysret_exit:
	popq	%rax
	popq	%rbx
	popq	%rcx			/* = rip */
	popq	%rdx
	popq	%rsi
	popq	%rdi
	popq	%rbp
	popq	%r8
	popq	%r9
	popq	%r10
	popq	%r11			/* = rflags */
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	movq	CTX_RSP - CTX_VECTOR(%rsp), %rsp
	swapgs
	sysretq

/* void arch_idle(struct cpu *c): wait for interrupts on a fresh stack. */
	.globl arch_idle
arch_idle:
	movq	GS_KSTACK_TOP(%rdi), %rsp
2:	sti
	hlt
	cli
	jmp	2b
