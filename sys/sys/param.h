/*
 * <sys/param.h>: system parameters (MAXPATHLEN, MAXHOSTNAMELEN, NBBY ...)
 * and the bit/rounding macros BSD code expects (howmany, roundup, MIN ...).
 */

#ifndef _SYS_PARAM_H_
#define _SYS_PARAM_H_

#define BSD    199506 /* System version (year & month). */
#define BSD4_3 1
#define BSD4_4 1

/* The Bulkhead version: major * 100000000 + minor * 1000000 + patch * 100. */
#define __NetBSD_Version__   1000000000 /* API level we follow: NetBSD 10 */
#define __Bulkhead_Version__ 1000000

#ifndef NULL
#include <sys/null.h>
#endif

#ifndef __ASSEMBLER__
#include <sys/inttypes.h>
#include <sys/types.h>

#include <sys/syslimits.h>

#define MAXCOMLEN      16	/* max command name remembered */
#define MAXINTERP      PATH_MAX /* max interpreter file name length */
#define MAXLOGNAME     (LOGIN_NAME_MAX - 1) /* max login name length */
#define NCARGS	       ARG_MAX		    /* max bytes for an exec function */
#define NGROUPS	       NGROUPS_MAX	    /* max number groups */
#define NOGROUP	       65535 /* marker for empty group set member */
#define MAXHOSTNAMELEN 256   /* max hostname size */
#define MAXDOMNAMELEN  256   /* maximum domain name length */
#define MAXPATHLEN     PATH_MAX
#define MAXSYMLINKS    SYMLOOP_MAX
#define MAXBSIZE       65536 /* largest file-system block */
#define MAXFRAG	       8

#define NOFILE OPEN_MAX /* max open files per process */

#include <machine/param.h>
#include <machine/limits.h>

/* Bit map related macros. */
#define setbit(a, i) ((a)[(i) / NBBY] |= 1 << ((i) % NBBY))
#define clrbit(a, i) ((a)[(i) / NBBY] &= ~(1 << ((i) % NBBY)))
#define isset(a, i)  ((a)[(i) / NBBY] & (1 << ((i) % NBBY)))
#define isclr(a, i)  (((a)[(i) / NBBY] & (1 << ((i) % NBBY))) == 0)

/* Macros for counting and rounding. */
#ifndef howmany
#define howmany(x, y) (((x) + ((y)-1)) / (y))
#endif
#define roundup(x, y)	 ((((x) + ((y)-1)) / (y)) * (y))
#define rounddown(x, y)	 (((x) / (y)) * (y))
#define roundup2(x, m)	 (((x) + ((m)-1)) & ~((m)-1))
#define rounddown2(x, m) ((x) & ~((m)-1))
#define powerof2(x)	 ((((x)-1) & (x)) == 0)

/* Macros for min/max. */
#define MIN(a, b) ((/*CONSTCOND*/ (a) < (b)) ? (a) : (b))
#define MAX(a, b) ((/*CONSTCOND*/ (a) > (b)) ? (a) : (b))

#define DEV_BSIZE_SHIFT DEV_BSHIFT
#define btodb(x)	((x) >> DEV_BSHIFT)
#define dbtob(x)	((x) << DEV_BSHIFT)

#define CMASK 022 /* default file mask: S_IWGRP|S_IWOTH */

#define NODEV (dev_t)(-1) /* non-existent device */

#endif /* !__ASSEMBLER__ */

#endif /* !_SYS_PARAM_H_ */
