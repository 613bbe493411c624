/*
 * <minix/diag.h>: SYS_DIAGCTL sub-codes beyond those in <minix/com.h>.
 *
 *	DIAGCTL_CODE_LOOKUP	find the live process whose name is the len
 *				bytes at buf; returns its endpoint, or -ESRCH
 *				(used by in-kernel test programs to find each
 *				other before any name server runs)
 */

#ifndef _MINIX_DIAG_H_
#define _MINIX_DIAG_H_

#include <minix/com.h>

#define DIAGCTL_CODE_LOOKUP 3

#endif /* !_MINIX_DIAG_H_ */
