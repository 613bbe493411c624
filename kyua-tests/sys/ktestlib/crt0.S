/*
 * crt0.S: entry of a boot program.  The kernel starts it with rdi pointing
 * at its name (a string on its stack) and a 16-byte aligned rsp; main's
 * return value becomes the exit.
 */

	.text
	.globl _start
_start:
	xorl	%ebp, %ebp
	andq	$-16, %rsp
	call	main
	movl	%eax, %edi
	call	kt_exit
1:	jmp	1b
