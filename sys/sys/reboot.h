/*
 * <sys/reboot.h>: reboot(2) howto flags (NetBSD's values).
 */

#ifndef _SYS_REBOOT_H_
#define _SYS_REBOOT_H_

#define RB_AUTOBOOT  0		/* flags for system auto-booting itself */
#define RB_ASKNAME   0x00000001 /* ask for file name to reboot from */
#define RB_SINGLE    0x00000002 /* reboot to single user only */
#define RB_NOSYNC    0x00000004 /* dont sync before reboot */
#define RB_HALT	     0x00000008 /* don't reboot, just halt */
#define RB_INITNAME  0x00000010 /* name given for /etc/init (unused) */
#define RB_DFLTROOT  0x00000020 /* use compiled-in rootdev */
#define RB_KDB	     0x00000040 /* give control to kernel debugger */
#define RB_RDONLY    0x00000080 /* mount root fs read-only */
#define RB_DUMP	     0x00000100 /* dump kernel memory before reboot */
#define RB_MINIROOT  0x00000200 /* mini-root present in memory */
#define RB_STRING    0x00000400 /* use provided bootstr */
#define RB_POWERDOWN (RB_HALT | 0x800) /* turn power off (or at least halt) */
#define RB_USERCONF  0x00001000	       /* change configured devices */

#endif /* !_SYS_REBOOT_H_ */
