/*
 * <stddef.h>: size_t, ptrdiff_t, wchar_t, NULL, offsetof, max_align_t.
 */

#ifndef _STDDEF_H_
#define _STDDEF_H_

#include <sys/cdefs.h>
#include <machine/ansi.h>

#ifdef _BSD_PTRDIFF_T_
typedef _BSD_PTRDIFF_T_ ptrdiff_t;
#undef _BSD_PTRDIFF_T_
#endif

#ifdef _BSD_SIZE_T_
typedef _BSD_SIZE_T_ size_t;
#define _SIZE_T
#undef _BSD_SIZE_T_
#endif

#if defined(_BSD_WCHAR_T_) && !defined(__cplusplus)
typedef _BSD_WCHAR_T_ wchar_t;
#undef _BSD_WCHAR_T_
#endif

#include <sys/null.h>

#define offsetof(type, member) __builtin_offsetof(type, member)

#if (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L) ||              \
    (defined(__cplusplus) && __cplusplus >= 201103L)
#ifndef __CLANG_MAX_ALIGN_T_DEFINED
#define __CLANG_MAX_ALIGN_T_DEFINED
typedef struct {
	long long __max_align_ll
	    __attribute__((__aligned__(__alignof__(long long))));
	long double __max_align_ld
	    __attribute__((__aligned__(__alignof__(long double))));
} max_align_t;
#endif
#endif

#endif /* !_STDDEF_H_ */
