/*
 * <assert.h>: the assert macro (C99 7.2).  Deliberately has no include
 * guard: it may be included again with NDEBUG changed.
 *
 * A failed assertion calls __assert13(), which writes
 *	assertion "expr" failed: file "f", line n, function "fn"
 * to standard error and aborts.
 */

#include <sys/cdefs.h>

#undef assert

#ifdef NDEBUG
#define assert(e) ((void)0)
#else
#define assert(e) ((e) ? (void)0 : __assert13(__FILE__, __LINE__, __func__, #e))
#endif

#undef _DIAGASSERT
#define _DIAGASSERT(e) ((void)0)

#ifndef _ASSERT_H_DECLS_
#define _ASSERT_H_DECLS_
__BEGIN_DECLS
__dead void __assert(const char *, int, const char *);
__dead void __assert13(const char *, int, const char *, const char *);
__END_DECLS
#endif

#if defined(_ISOC11_SOURCE) || defined(_NETBSD_SOURCE)
#if !defined(__cplusplus) && !defined(static_assert)
#define static_assert _Static_assert
#endif
#endif
