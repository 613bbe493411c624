/*
 * priv.h: privilege records.
 *
 * Every process points at a struct priv.  All user processes share record 0
 * (PRIV_ID_USER); each system service has its own, built at boot from the
 * privilege id in the boot-image table (table.c) or by RS with SYS_PRIVCTL.
 * The public part (struct priv_rec, <minix/priv.h>) is what RS passes in.
 *
 *	priv_init_boot()	give a boot process the record for an id
 *	priv_may_trap()		may p use IPC primitive prim?
 *	priv_may_send()		may p send or notify to slot s?
 *	priv_may_kcall()	may p make kernel call SYS_xxx?
 *	priv_io_ok(), priv_irq_ok(), priv_mem_ok()	hardware ranges
 *	priv_set_sys(), priv_set_user(), priv_release()	SYS_PRIVCTL helpers
 */

#ifndef _KERN_PRIV_H_
#define _KERN_PRIV_H_

#include <stdint.h>
#include <minix/priv.h>

struct proc;

/* Privilege ids of the boot-image table. */
#define PRIV_ID_USER	     0 /* the shared unprivileged record */
#define PRIV_ID_SYS	     1 /* system server: all IPC and kernel calls */
#define PRIV_ID_VFS	     2 /* PRIV_ID_SYS plus third-party grants */
#define PRIV_ID_DRIVER	     3 /* PRIV_ID_SYS plus all ports and IRQs */
#define PRIV_ID_TTY	     4 /* PRIV_ID_SYS plus COM1 ports and IRQ 4 */
#define PRIV_ID_TEST	     5 /* test module: like SYS, ports 0x70-71, 0x80-8f */
#define PRIV_ID_TEST_LIMITED 6 /* test module: few calls, no SENDA */
#define NR_BOOT_PRIVS	     7

#define NR_PRIVS 64 /* records: 0 is the user one */

struct priv {
	int pv_id;   /* index in priv_table */
	int pv_refs; /* processes using it (0 = free) */
	struct priv_rec pv_rec;
};

void priv_init(void);
void priv_init_boot(struct proc *, int);
int priv_may_trap(const struct proc *, int);
int priv_may_send(const struct proc *, int);
int priv_may_kcall(const struct proc *, int);
int priv_is_sys(const struct proc *);
int priv_io_ok(const struct proc *, uint32_t, unsigned);
int priv_irq_ok(const struct proc *, int);
int priv_mem_ok(const struct proc *, uint64_t, uint64_t);
int priv_set_sys(struct proc *, const struct priv_rec *);
void priv_set_user(struct proc *);
void priv_release(struct proc *);
void priv_inherit(struct proc *, const struct proc *);

#endif /* !_KERN_PRIV_H_ */
