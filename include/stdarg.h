/*
 * <stdarg.h>: variable argument lists, through the compiler builtins.
 */

#ifndef _STDARG_H_
#define _STDARG_H_

#include <sys/cdefs.h>

#ifndef _VA_LIST_DECLARED
#define _VA_LIST_DECLARED
typedef __builtin_va_list va_list;
#endif
typedef __builtin_va_list __va_list;

#define va_start(ap, last)   __builtin_va_start((ap), (last))
#define va_arg(ap, type)     __builtin_va_arg((ap), type)
#define va_end(ap)	     __builtin_va_end(ap)
#define __va_copy(dest, src) __builtin_va_copy((dest), (src))

#if !defined(_ANSI_SOURCE) &&                                                  \
    (defined(_ISOC99_SOURCE) || defined(_NETBSD_SOURCE) ||                     \
	(__STDC_VERSION__ - 0) >= 199901L)
#define va_copy(dest, src) __va_copy(dest, src)
#endif

#endif /* !_STDARG_H_ */
