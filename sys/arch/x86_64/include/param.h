/*
 * <machine/param.h>: machine-dependent constants for <sys/param.h>.
 */

#ifndef _X86_64_PARAM_H_
#define _X86_64_PARAM_H_

#include <machine/cdefs.h>

#define _MACHINE      amd64
#define MACHINE	      "amd64"
#define _MACHINE_ARCH x86_64
#define MACHINE_ARCH  "x86_64"
#define MID_MACHINE   MID_X86_64

#define ALIGNBYTES	      __ALIGNBYTES
#define ALIGNBYTES32	      (sizeof(int) - 1)
#define ALIGN(p)	      (((unsigned long)(p) + ALIGNBYTES) & ~ALIGNBYTES)
#define ALIGNED_POINTER(p, t) 1

#define PGSHIFT	   12
#define NBPG	   (1 << PGSHIFT) /* bytes per page */
#define PGOFSET	   (NBPG - 1)
#define PAGE_SHIFT PGSHIFT
#define PAGE_SIZE  (1 << PAGE_SHIFT)
#define PAGE_MASK  (PAGE_SIZE - 1)

#define DEV_BSHIFT 9
#define DEV_BSIZE  (1 << DEV_BSHIFT)

#define SSIZE	1
#define USPACE	(4 * NBPG)
#define MAXPHYS (64 * 1024)

#endif /* !_X86_64_PARAM_H_ */
