/*
 * <machine/endian_machdep.h>: x86_64 is little-endian.
 */

#ifndef _X86_64_ENDIAN_MACHDEP_H_
#define _X86_64_ENDIAN_MACHDEP_H_

#define _BYTE_ORDER _LITTLE_ENDIAN

#endif /* !_X86_64_ENDIAN_MACHDEP_H_ */
