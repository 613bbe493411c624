/*
 * sys_private.h: private interface of the Bulkhead system-call layer
 * (lib/libc/sys): the IPC stubs, _syscall() and the helpers that fill
 * the common VFS message layouts.  See README for the protocol.
 */

#ifndef _LIBC_SYS_PRIVATE_H_
#define _LIBC_SYS_PRIVATE_H_

#include <sys/types.h>
#include <string.h>
#include <minix/callnr.h>
#include <minix/com.h>
#include <minix/ipc.h>

int _ipc_send(endpoint_t, message *);
int _ipc_receive(endpoint_t, message *);
int _ipc_sendrec(endpoint_t, message *);
int _ipc_notify(endpoint_t);
int _ipc_sendnb(endpoint_t, message *);

int _syscall(endpoint_t, int, message *);

void __sigreturn_tramp(void);

/* Start a message: all zero, so unused fields never leak stack bytes. */
#define MSG_INIT(m) memset(&(m), 0, sizeof(m))

/*
 * A VFS call on a path: dirfd, path (checked and measured here), flags,
 * mode and the two call-specific arguments of m_lc_vfs_path.
 */
int __vfs_path(int, int, const char *, int, uint32_t, uint64_t, uint64_t);

/* A VFS call on a descriptor with the m_lc_vfs_fd fields. */
int __vfs_fd(int, int, int, uint64_t, uint64_t, int64_t, uint64_t);

/* A PM call with the m_lc_pm_id fields. */
int __pm_id(int, int, int, uint32_t, uint32_t, uint64_t);

#endif /* !_LIBC_SYS_PRIVATE_H_ */
