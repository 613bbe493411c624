/*
 * <machine/vmparam.h>: user address-space layout constants.
 */

#ifndef _X86_64_VMPARAM_H_
#define _X86_64_VMPARAM_H_

#include <machine/param.h>

#define USRSTACK 0x00007f7fffffe000UL	    /* top of the initial stack */
#define MAXSSIZ	 (64UL * 1024 * 1024)	    /* max stack size */
#define DFLSSIZ	 (8UL * 1024 * 1024)	    /* initial stack size limit */
#define MAXDSIZ	 (8UL * 1024 * 1024 * 1024) /* max data size */
#define DFLDSIZ	 (256UL * 1024 * 1024)

#endif /* !_X86_64_VMPARAM_H_ */
