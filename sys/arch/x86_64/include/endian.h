/*
 * <machine/endian.h>: byte order of x86_64 (little-endian).
 */

#ifndef _X86_64_ENDIAN_H_
#define _X86_64_ENDIAN_H_

#define _BYTE_ORDER _LITTLE_ENDIAN
#include <sys/endian.h>

#endif /* !_X86_64_ENDIAN_H_ */
