/*
 * setjmp.S: setjmp/longjmp, _setjmp/_longjmp and sigsetjmp/siglongjmp.
 *
 * Buffer layout (longs, see <machine/setjmp.h>): rbx rbp r12 r13 r14 r15
 * rsp rip, then the x87 control word and MXCSR, the "mask saved" flag and
 * the signal mask.  setjmp saves the signal mask and longjmp restores it
 * (BSD semantics) through sigprocmask(2); _setjmp/_longjmp do not;
 * sigsetjmp saves it only if its second argument is non-zero.  A value
 * of 0 passed to a longjmp becomes 1.
 */

#define SIG_BLOCK   1
#define SIG_SETMASK 3

	.text

/* Save the callee-saved registers, return address and FP control state. */
#define SAVE_REGS \
	movq	(%rsp), %r11;		/* return address */ \
	movq	%rbx, 0(%rdi); \
	movq	%rbp, 8(%rdi); \
	movq	%r12, 16(%rdi); \
	movq	%r13, 24(%rdi); \
	movq	%r14, 32(%rdi); \
	movq	%r15, 40(%rdi); \
	leaq	8(%rsp), %rax;		/* caller's rsp after return */ \
	movq	%rax, 48(%rdi); \
	movq	%r11, 56(%rdi); \
	fnstcw	64(%rdi); \
	stmxcsr	68(%rdi)

/* Restore them from %rdi and return %esi (or 1) to the saved caller. */
#define RESTORE_REGS \
	movl	%esi, %eax; \
	testl	%eax, %eax; \
	jnz	1f; \
	incl	%eax; \
1:	movq	0(%rdi), %rbx; \
	movq	8(%rdi), %rbp; \
	movq	16(%rdi), %r12; \
	movq	24(%rdi), %r13; \
	movq	32(%rdi), %r14; \
	movq	40(%rdi), %r15; \
	fldcw	64(%rdi); \
	ldmxcsr	68(%rdi); \
	movq	48(%rdi), %rsp; \
	jmp	*56(%rdi)

	.globl	_setjmp
	.type	_setjmp, @function
_setjmp:
	SAVE_REGS
	movq	$0, 72(%rdi)		/* no mask saved */
	xorl	%eax, %eax
	ret
	.size	_setjmp, . - _setjmp

	.globl	_longjmp
	.type	_longjmp, @function
_longjmp:
	RESTORE_REGS
	.size	_longjmp, . - _longjmp

/* setjmp(env): save the mask with sigprocmask(SIG_BLOCK, NULL, &env[10]). */
	.globl	setjmp
	.type	setjmp, @function
setjmp:
	SAVE_REGS
	movq	$1, 72(%rdi)
	pushq	%rdi
	leaq	80(%rdi), %rdx
	xorl	%esi, %esi
	movl	$SIG_BLOCK, %edi
	call	sigprocmask
	popq	%rdi
	xorl	%eax, %eax
	ret
	.size	setjmp, . - setjmp

/* longjmp(env, val): restore the mask if one was saved, then jump. */
	.globl	longjmp
	.type	longjmp, @function
longjmp:
	cmpq	$0, 72(%rdi)
	je	2f
	pushq	%rdi
	pushq	%rsi
	subq	$8, %rsp		/* keep the stack 16-byte aligned */
	leaq	80(%rdi), %rsi
	xorl	%edx, %edx
	movl	$SIG_SETMASK, %edi
	call	sigprocmask
	addq	$8, %rsp
	popq	%rsi
	popq	%rdi
2:	RESTORE_REGS
	.size	longjmp, . - longjmp

/* sigsetjmp(env, savemask) */
	.globl	sigsetjmp
	.type	sigsetjmp, @function
sigsetjmp:
	testl	%esi, %esi
	jnz	setjmp
	jmp	_setjmp
	.size	sigsetjmp, . - sigsetjmp

	.globl	siglongjmp
	.type	siglongjmp, @function
siglongjmp:
	jmp	longjmp
	.size	siglongjmp, . - siglongjmp

	.section .note.GNU-stack, "", @progbits
