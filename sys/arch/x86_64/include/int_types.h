/*
 * <machine/int_types.h>: the fixed-width integer types, with reserved
 * names, for <sys/stdint.h> and <sys/types.h>.  LP64.
 */

#ifndef _X86_64_INT_TYPES_H_
#define _X86_64_INT_TYPES_H_

typedef signed char __int8_t;
typedef unsigned char __uint8_t;
typedef short int __int16_t;
typedef unsigned short int __uint16_t;
typedef int __int32_t;
typedef unsigned int __uint32_t;
typedef long int __int64_t;
typedef unsigned long int __uint64_t;

#define __BIT_TYPES_DEFINED__

typedef long __intptr_t;
typedef unsigned long __uintptr_t;

#endif /* !_X86_64_INT_TYPES_H_ */
