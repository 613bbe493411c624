/*
 * <machine/cdefs.h>: machine-dependent parts of <sys/cdefs.h>.
 */

#ifndef _X86_64_CDEFS_H_
#define _X86_64_CDEFS_H_

/* Strictest alignment any object needs, minus one (see ALIGN()). */
#define __ALIGNBYTES (sizeof(long) - 1)

#endif /* !_X86_64_CDEFS_H_ */
