/*
 * <sys/sigtypes.h>: sigset_t and stack_t, needed by several headers.
 *
 * sigset_t is NetBSD's: 128 bits in four 32-bit words; signal n (1-based)
 * is bit (n - 1) % 32 of word (n - 1) / 32.
 */

#ifndef _SYS_SIGTYPES_H_
#define _SYS_SIGTYPES_H_

#include <sys/featuretest.h>
#include <machine/int_types.h>
#include <machine/ansi.h>

typedef struct {
	__uint32_t __bits[4];
} sigset_t;

#if defined(_NETBSD_SOURCE)
#define __sigmask(n)	    (1U << (((unsigned int)(n)-1) & 31))
#define __sigword(n)	    (((unsigned int)(n)-1) >> 5)
#define __sigaddset(s, n)   ((s)->__bits[__sigword(n)] |= __sigmask(n))
#define __sigdelset(s, n)   ((s)->__bits[__sigword(n)] &= ~__sigmask(n))
#define __sigismember(s, n) (((s)->__bits[__sigword(n)] & __sigmask(n)) != 0)
#define __sigemptyset(s)                                                       \
	((s)->__bits[0] = 0, (s)->__bits[1] = 0, (s)->__bits[2] = 0,           \
	    (s)->__bits[3] = 0)
#define __sigfillset(s)                                                        \
	((s)->__bits[0] = 0xffffffff, (s)->__bits[1] = 0xffffffff,             \
	    (s)->__bits[2] = 0xffffffff, (s)->__bits[3] = 0xffffffff)
#define __sigplusset(s, t)                                                     \
	do {                                                                   \
		(t)->__bits[0] |= (s)->__bits[0];                              \
		(t)->__bits[1] |= (s)->__bits[1];                              \
		(t)->__bits[2] |= (s)->__bits[2];                              \
		(t)->__bits[3] |= (s)->__bits[3];                              \
	} while (/* CONSTCOND */ 0)
#define __sigminusset(s, t)                                                    \
	do {                                                                   \
		(t)->__bits[0] &= ~(s)->__bits[0];                             \
		(t)->__bits[1] &= ~(s)->__bits[1];                             \
		(t)->__bits[2] &= ~(s)->__bits[2];                             \
		(t)->__bits[3] &= ~(s)->__bits[3];                             \
	} while (/* CONSTCOND */ 0)
#endif

#if defined(_POSIX_C_SOURCE) || defined(_XOPEN_SOURCE) ||                      \
    defined(_NETBSD_SOURCE)
#ifdef _BSD_SIZE_T_
typedef _BSD_SIZE_T_ size_t;
#define _SIZE_T
#undef _BSD_SIZE_T_
#endif

typedef struct sigaltstack {
	void *ss_sp;	/* signal stack base */
	size_t ss_size; /* signal stack length */
	int ss_flags;	/* SS_DISABLE and/or SS_ONSTACK */
} stack_t;
#endif

#endif /* !_SYS_SIGTYPES_H_ */
