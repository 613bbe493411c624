/*
 * <sys/stdint.h>: the C99 integer types, their limits and constants.
 * <stdint.h> includes this file.
 */

#ifndef _SYS_STDINT_H_
#define _SYS_STDINT_H_

#include <sys/cdefs.h>
#include <machine/int_types.h>

#include <sys/_stdint.h>

#include <machine/int_mwgwtypes.h>

#if !defined(__cplusplus) || defined(__STDC_LIMIT_MACROS) ||                   \
    (__cplusplus >= 201103L)
#include <machine/int_limits.h>
#endif

#if !defined(__cplusplus) || defined(__STDC_CONSTANT_MACROS) ||                \
    (__cplusplus >= 201103L)
#include <machine/int_const.h>
#endif

#endif /* !_SYS_STDINT_H_ */
