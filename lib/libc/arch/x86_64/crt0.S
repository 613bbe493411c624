/*
 * crt0.S: process entry point for Bulkhead and the host port.
 *
 * The initial stack is laid out as the System V x86_64 ABI says (and as
 * Bulkhead's exec builds it): at %rsp the argument count, then argv[0..n]
 * and a NULL, then envp[] and a NULL, then the auxiliary vector.  _start
 * clears the frame pointer, aligns the stack to 16 bytes and calls
 * __libc_start(argc, argv, envp), which never returns.
 */

	.text
	.globl	_start
	.type	_start, @function
_start:
	xorl	%ebp, %ebp		/* outermost frame */
	movq	(%rsp), %rdi		/* argc */
	leaq	8(%rsp), %rsi		/* argv */
	leaq	16(%rsp,%rdi,8), %rdx	/* envp = argv + argc + 1 */
	andq	$-16, %rsp
	call	__libc_start
	hlt
	.size	_start, . - _start

	.section .note.GNU-stack, "", @progbits
