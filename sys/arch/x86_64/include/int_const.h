/*
 * <machine/int_const.h>: integer constant macros of <stdint.h>.
 */

#ifndef _X86_64_INT_CONST_H_
#define _X86_64_INT_CONST_H_

#define INT8_C(c)  c
#define INT16_C(c) c
#define INT32_C(c) c
#define INT64_C(c) c##L

#define UINT8_C(c)  c
#define UINT16_C(c) c
#define UINT32_C(c) c##U
#define UINT64_C(c) c##UL

#define INTMAX_C(c)  c##L
#define UINTMAX_C(c) c##UL

#endif /* !_X86_64_INT_CONST_H_ */
