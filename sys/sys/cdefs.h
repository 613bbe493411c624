/*
 * <sys/cdefs.h>: compiler abstraction macros used by every header.
 *
 * Declaration brackets for C++, attribute shorthands (__dead, __packed,
 * __printflike ...), identification strings (__RCSID, __COPYRIGHT), and
 * small helpers (__arraycount, __UNCONST, __BIT).  Bulkhead is compiled
 * with clang or gcc only, so the attribute spellings are GNU ones.
 */

#ifndef _SYS_CDEFS_H_
#define _SYS_CDEFS_H_

#ifdef __GNUC__
#define __GNUC_PREREQ__(x, y)                                                  \
	((__GNUC__ == (x) && __GNUC_MINOR__ >= (y)) || (__GNUC__ > (x)))
#else
#define __GNUC_PREREQ__(x, y) 0
#endif

#if defined(__cplusplus)
#define __BEGIN_EXTERN_C    extern "C" {
#define __END_EXTERN_C	    }
#define __static_cast(x, y) static_cast<x>(y)
#else
#define __BEGIN_EXTERN_C
#define __END_EXTERN_C
#define __static_cast(x, y) (x)(y)
#endif
#define __BEGIN_DECLS __BEGIN_EXTERN_C
#define __END_DECLS   __END_EXTERN_C

/* Old K&R prototype wrapper; everything is ANSI now. */
#define __P(protos) protos

#define __CONCAT(x, y)	x##y
#define __STRING(x)	#x
#define ___STRING(x)	__STRING(x)
#define ___CONCAT(x, y) __CONCAT(x, y)

#define __const const
#define __signed signed
#define __volatile volatile

#if defined(__cplusplus)
#define __inline inline
#define __restrict
#elif !defined(__STDC_VERSION__) || __STDC_VERSION__ < 199901L
#define __restrict __restrict__
#else
#define __restrict restrict
#endif

#define __dead		__attribute__((__noreturn__))
#define __pure		__attribute__((__pure__))
#define __constfunc	__attribute__((__const__))
#define __unused	__attribute__((__unused__))
#define __used		__attribute__((__used__))
#define __packed	__attribute__((__packed__))
#define __aligned(x)	__attribute__((__aligned__(x)))
#define __section(x)	__attribute__((__section__(x)))
#define __always_inline __inline __attribute__((__always_inline__))
#define __noinline	__attribute__((__noinline__))
#define __returns_twice __attribute__((__returns_twice__))
#define __noclone
#define __warn_unused_result __attribute__((__warn_unused_result__))
#define __nonnull(x)	     __attribute__((__nonnull__ x))
#define __weak		     __attribute__((__weak__))
#define __visibility(x)	     __attribute__((__visibility__(x)))
#define __dso_public	     __visibility("default")
#define __dso_hidden	     __visibility("hidden")
#define __malloclike	     __attribute__((__malloc__))
#define __returns_nonnull    __attribute__((__returns_nonnull__))
#define __diagused
#define __debugused
#define __printflike(fmtarg, firstvararg)                                      \
	__attribute__((__format__(__printf__, fmtarg, firstvararg)))
#define __scanflike(fmtarg, firstvararg)                                       \
	__attribute__((__format__(__scanf__, fmtarg, firstvararg)))
#define __format_arg(fmtarg) __attribute__((__format_arg__(fmtarg)))
#define __sysloglike(fmtarg, firstvararg)                                      \
	__attribute__((__format__(__printf__, fmtarg, firstvararg)))
#define __strftimelike(fmtarg, firstvararg)                                    \
	__attribute__((__format__(__strftime__, fmtarg, firstvararg)))

#define __predict_true(exp)  __builtin_expect((exp) != 0, 1)
#define __predict_false(exp) __builtin_expect((exp) != 0, 0)

/*
 * Identification strings.  They are kept in a section that is not loaded,
 * as NetBSD does, so `ident' can find them but they cost no memory.
 */
#define __IDSTRING(name, string)                                               \
	static const char name[]                                               \
	    __attribute__((__used__, __section__(".ident"))) = string
#define __RCSID(s)	     __IDSTRING(__CONCAT(rcsid_, __LINE__), s)
#define __COPYRIGHT(s)	     __IDSTRING(__CONCAT(copyright_, __LINE__), s)
#define __KERNEL_RCSID(n, s) __RCSID(s)
#define __SCCSID(s)
#define __SCCSID2(s)

/* Symbol aliases. */
#define __strong_alias(alias, sym)                                             \
	__asm__(".global " #alias "\n" #alias " = " #sym);
#define __weak_alias(alias, sym)                                               \
	__asm__(".weak " #alias "\n" #alias " = " #sym);
#define __warn_references(sym, msg)
#define __RENAME(x) __asm(___STRING(x))

/* Compile-time assertion. */
#define __CTASSERT(x)  _Static_assert((x), "__CTASSERT(" #x ")")
#define __CTASSERT0(x) __CTASSERT(x)

#define __arraycount(__x) (sizeof(__x) / sizeof((__x)[0]))

/* Cast away const / volatile without a warning. */
#define __UNCONST(a)	((void *)(unsigned long)(const void *)(a))
#define __UNVOLATILE(a) ((void *)(unsigned long)(volatile void *)(a))

#define __MIN(a, b) ((a) < (b) ? (a) : (b))
#define __MAX(a, b) ((a) > (b) ? (a) : (b))

/* Bit masks: __BIT(n) is bit n, __BITS(m, n) bits m..n inclusive. */
#define __BIT(__n)                                                             \
	(((__UINTMAX_TYPE__)(__n) >= 64)                                       \
		? 0                                                            \
		: ((__UINTMAX_TYPE__)1 << (__UINTMAX_TYPE__)((__n)&63)))
#define __BITS(__m, __n)                                                       \
	((__BIT(__MAX((__m), (__n)) + 1) - 1) ^                                \
	    (__BIT(__MIN((__m), (__n))) - 1))
#define __LOWEST_SET_BIT(__mask) ((((__mask)-1) & (__mask)) ^ (__mask))
#define __SHIFTOUT(__x, __mask)	 (((__x) & (__mask)) / __LOWEST_SET_BIT(__mask))
#define __SHIFTIN(__x, __mask)	 ((__x)*__LOWEST_SET_BIT(__mask))
#define __SHIFTOUT_MASK(__mask)	 __SHIFTOUT((__mask), (__mask))

#define __insn_barrier() __asm __volatile("" ::: "memory")

#define __CAST(__dt, __st) ((__dt)(__st))

#ifndef __ELF__
#define __ELF__ 1
#endif

#include <machine/cdefs.h>
#include <sys/featuretest.h>

#endif /* !_SYS_CDEFS_H_ */
