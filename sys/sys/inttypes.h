/*
 * <sys/inttypes.h>: <sys/stdint.h> plus the printf/scanf format macros.
 */

#ifndef _SYS_INTTYPES_H_
#define _SYS_INTTYPES_H_

#include <sys/stdint.h>

#if !defined(__cplusplus) || defined(__STDC_FORMAT_MACROS) ||                  \
    (__cplusplus >= 201103L)
#include <machine/int_fmtio.h>
#endif

#endif /* !_SYS_INTTYPES_H_ */
