/*
 * ipc.S: the userland IPC primitives.  Each enters the kernel with the
 * `syscall' instruction: rdi = primitive (<minix/ipc.h>), rsi =
 * endpoint, rdx = message address; the kernel returns 0 or -errno in
 * rax and clobbers rcx and r11 only.
 *
 *	int _ipc_send(endpoint_t, message *);
 *	int _ipc_receive(endpoint_t, message *);
 *	int _ipc_sendrec(endpoint_t, message *);
 *	int _ipc_notify(endpoint_t);
 *	int _ipc_sendnb(endpoint_t, message *);
 */

#define SEND	1
#define RECEIVE 2
#define SENDREC 3
#define NOTIFY	4
#define SENDNB	5

#define IPC(name, prim) \
	.globl	name; \
	.type	name, @function; \
name: \
	movq	%rsi, %rdx; \
	movslq	%edi, %rsi; \
	movl	$prim, %edi; \
	syscall; \
	ret; \
	.size	name, . - name

	.text
IPC(_ipc_send, SEND)
IPC(_ipc_receive, RECEIVE)
IPC(_ipc_sendrec, SENDREC)
IPC(_ipc_notify, NOTIFY)
IPC(_ipc_sendnb, SENDNB)

/*
 * __sigreturn_tramp: where a signal handler returns.  PM starts the
 * handler with %rbx pointing at the struct sigcontext it saved on the
 * stack; %rbx is callee-saved, so it still does here.
 */
	.globl	__sigreturn_tramp
	.type	__sigreturn_tramp, @function
__sigreturn_tramp:
	movq	%rbx, %rdi
	call	sigreturn
	hlt				/* sigreturn does not return */
	.size	__sigreturn_tramp, . - __sigreturn_tramp

	.section .note.GNU-stack, "", @progbits
