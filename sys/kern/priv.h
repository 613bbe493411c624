/*
 * priv.h: privilege records (placeholder written by K1).
 *
 * K2 owns this file and replaces the placeholder.  The boot-image table
 * (table.c) names a privilege id per boot module; priv_init_boot() turns
 * it into p_priv.
 */

#ifndef _KERN_PRIV_H_
#define _KERN_PRIV_H_

struct priv;

#define PRIV_ID_USER	0	/* the shared unprivileged record */
#define PRIV_ID_SYS	1	/* a system service, all calls (for now) */

#endif /* !_KERN_PRIV_H_ */
