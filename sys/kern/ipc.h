/*
 * ipc.h: per-process IPC state (placeholder written by K1).
 *
 * K2 owns this file and replaces the placeholder: struct proc_ipc is
 * embedded in struct proc (proc.h) and IPC RTS_ bits start at 0x100.
 */

#ifndef _KERN_IPC_H_
#define _KERN_IPC_H_

struct proc_ipc {
	int pi_placeholder;
};

#endif /* !_KERN_IPC_H_ */
