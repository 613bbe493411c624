/*
 * <machine/limits.h>: limits of the basic C types.  LP64, signed char
 * (CHAR_MIN/CHAR_MAX follow the compiler's -funsigned-char).
 */

#ifndef _X86_64_LIMITS_H_
#define _X86_64_LIMITS_H_

#include <sys/featuretest.h>

#define CHAR_BIT 8

#define UCHAR_MAX 0xff
#define SCHAR_MAX 0x7f
#define SCHAR_MIN (-0x7f - 1)

#ifdef __CHAR_UNSIGNED__
#define CHAR_MAX UCHAR_MAX
#define CHAR_MIN 0
#else
#define CHAR_MAX SCHAR_MAX
#define CHAR_MIN SCHAR_MIN
#endif

#define USHRT_MAX 0xffff
#define SHRT_MAX  0x7fff
#define SHRT_MIN  (-0x7fff - 1)

#define UINT_MAX 0xffffffffU
#define INT_MAX	 0x7fffffff
#define INT_MIN	 (-0x7fffffff - 1)

#define ULONG_MAX 0xffffffffffffffffUL
#define LONG_MAX  0x7fffffffffffffffL
#define LONG_MIN  (-0x7fffffffffffffffL - 1)

#define ULLONG_MAX 0xffffffffffffffffULL
#define LLONG_MAX  0x7fffffffffffffffLL
#define LLONG_MIN  (-0x7fffffffffffffffLL - 1)

#if defined(_POSIX_C_SOURCE) || defined(_XOPEN_SOURCE) ||                      \
    defined(_NETBSD_SOURCE)
#define SSIZE_MAX LONG_MAX
#define SSIZE_MIN LONG_MIN
#endif

#if defined(_XOPEN_SOURCE) || defined(_NETBSD_SOURCE)
#define LONG_BIT 64
#define WORD_BIT 32
#endif

#if defined(_NETBSD_SOURCE)
#define SIZE_T_MAX ULONG_MAX
#define UQUAD_MAX  0xffffffffffffffffULL
#define QUAD_MAX   0x7fffffffffffffffLL
#define QUAD_MIN   (-0x7fffffffffffffffLL - 1)
#endif

#endif /* !_X86_64_LIMITS_H_ */
