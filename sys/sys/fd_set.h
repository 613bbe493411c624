/*
 * <sys/fd_set.h>: fd_set and the FD_SET/FD_CLR/FD_ISSET/FD_ZERO macros
 * used by select(2).
 */

#ifndef _SYS_FD_SET_H_
#define _SYS_FD_SET_H_

#include <sys/cdefs.h>
#include <machine/int_types.h>

typedef __uint32_t __fd_mask;

#define __NFDBITS  (32)
#define __NFDSHIFT (5)
#define __NFDMASK  (__NFDBITS - 1)

#ifndef FD_SETSIZE
#define FD_SETSIZE 256
#endif

#define __NFD_SIZE (((FD_SETSIZE) + (__NFDBITS - 1)) / __NFDBITS)

typedef struct fd_set {
	__fd_mask fds_bits[__NFD_SIZE];
} fd_set;

#define FD_SET(n, p)                                                           \
	((p)->fds_bits[(unsigned)(n) >> __NFDSHIFT] |=                         \
	    (1U << ((unsigned)(n)&__NFDMASK)))
#define FD_CLR(n, p)                                                           \
	((p)->fds_bits[(unsigned)(n) >> __NFDSHIFT] &=                         \
	    ~(1U << ((unsigned)(n)&__NFDMASK)))
#define FD_ISSET(n, p)                                                         \
	(((p)->fds_bits[(unsigned)(n) >> __NFDSHIFT] &                         \
	     (1U << ((unsigned)(n)&__NFDMASK))) != 0)
#define FD_ZERO(p)                                                             \
	do {                                                                   \
		fd_set *__fds = (p);                                           \
		unsigned int __i;                                              \
		for (__i = 0; __i < __NFD_SIZE; __i++)                         \
			__fds->fds_bits[__i] = 0;                              \
	} while (/* CONSTCOND */ 0)

#if defined(_NETBSD_SOURCE)
#define fd_mask __fd_mask
#define NFDBITS __NFDBITS
#define FD_COPY(f, t)                                                          \
	do {                                                                   \
		*(t) = *(f);                                                   \
	} while (/* CONSTCOND */ 0)
#endif

#endif /* !_SYS_FD_SET_H_ */
