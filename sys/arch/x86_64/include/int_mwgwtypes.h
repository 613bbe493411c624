/*
 * <machine/int_mwgwtypes.h>: minimum-width, fastest and maximum-width
 * integer types for <sys/stdint.h>.
 */

#ifndef _X86_64_INT_MWGWTYPES_H_
#define _X86_64_INT_MWGWTYPES_H_

typedef signed char int_least8_t;
typedef unsigned char uint_least8_t;
typedef short int int_least16_t;
typedef unsigned short int uint_least16_t;
typedef int int_least32_t;
typedef unsigned int uint_least32_t;
typedef long int int_least64_t;
typedef unsigned long int uint_least64_t;

typedef int int_fast8_t;
typedef unsigned int uint_fast8_t;
typedef int int_fast16_t;
typedef unsigned int uint_fast16_t;
typedef int int_fast32_t;
typedef unsigned int uint_fast32_t;
typedef long int int_fast64_t;
typedef unsigned long int uint_fast64_t;

typedef long int intmax_t;
typedef unsigned long int uintmax_t;

#endif /* !_X86_64_INT_MWGWTYPES_H_ */
