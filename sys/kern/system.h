/*
 * system.h: kernel-call handlers, one per file in calls/.
 *
 * A handler gets the caller and its message (already copied in); it returns
 * 0 or a positive value for rax, a negative errno, or -EDONTREPLY when the
 * caller stays blocked and gets its answer later.  On success the message
 * is copied back, so handlers return output in it.
 */

#ifndef _KERN_SYSTEM_H_
#define _KERN_SYSTEM_H_

#include "proc.h"

typedef int (*kcall_handler_t)(struct proc *, message *);

int do_diagctl(struct proc *, message *);
int do_abort(struct proc *, message *);
int do_times(struct proc *, message *);
int do_exit(struct proc *, message *);
int do_fork(struct proc *, message *);
int do_exec(struct proc *, message *);
int do_clear(struct proc *, message *);
int do_devio(struct proc *, message *);
int do_vdevio(struct proc *, message *);
int do_irqctl(struct proc *, message *);
int do_vmctl(struct proc *, message *);
int do_umap(struct proc *, message *);
int do_setalarm(struct proc *, message *);
int do_schedule(struct proc *, message *);
int do_schedctl(struct proc *, message *);
int do_runctl(struct proc *, message *);
int do_stime(struct proc *, message *);

/* K2's calls. */
int do_privctl(struct proc *, message *);
int do_setgrant(struct proc *, message *);
int do_safecopyfrom(struct proc *, message *);
int do_safecopyto(struct proc *, message *);
int do_vsafecopy(struct proc *, message *);
int do_safememset(struct proc *, message *);
int do_getinfo(struct proc *, message *);
int do_kill(struct proc *, message *);
int do_getksig(struct proc *, message *);
int do_endksig(struct proc *, message *);
int do_sigsend(struct proc *, message *);
int do_sigreturn(struct proc *, message *);

/* K2: privilege check (weak default allows everything). */
int kcall_allowed(struct proc *, int);

/* Resolve an endpoint argument (SELF allowed) to a live process. */
struct proc *kcall_target(struct proc *, endpoint_t);

#endif /* !_KERN_SYSTEM_H_ */
