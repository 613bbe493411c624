/*
 * <sys/types.h>: the POSIX system data types (pid_t, off_t, size_t ...)
 * and, with _NETBSD_SOURCE, the BSD short names (u_char, u_int ...) and
 * fd_set.
 */

#ifndef _SYS_TYPES_H_
#define _SYS_TYPES_H_

#include <sys/featuretest.h>
#include <machine/types.h>
#include <machine/ansi.h>
#include <machine/endian_machdep.h>
#include <sys/ansi.h>

#include <sys/_stdint.h>

typedef __uint8_t u_int8_t;
typedef __uint16_t u_int16_t;
typedef __uint32_t u_int32_t;
typedef __uint64_t u_int64_t;

#if defined(_NETBSD_SOURCE)
typedef unsigned char u_char;
typedef unsigned short u_short;
typedef unsigned int u_int;
typedef unsigned long u_long;

typedef unsigned char unchar; /* Sys V compatibility */
typedef unsigned short ushort;
typedef unsigned int uint;
typedef unsigned long ulong;
#endif

typedef __uint64_t u_quad_t; /* quads */
typedef __int64_t quad_t;
typedef quad_t *qaddr_t;

typedef __int64_t longlong_t;
typedef __uint64_t u_longlong_t;

typedef __int64_t blkcnt_t;  /* fs block count */
typedef __int32_t blksize_t; /* fs optimal block size */

#ifndef fsblkcnt_t
typedef __fsblkcnt_t fsblkcnt_t;
#define fsblkcnt_t __fsblkcnt_t
#endif
#ifndef fsfilcnt_t
typedef __fsfilcnt_t fsfilcnt_t;
#define fsfilcnt_t __fsfilcnt_t
#endif

#ifndef caddr_t
typedef __caddr_t caddr_t;
#define caddr_t __caddr_t
#endif

typedef __int64_t daddr_t;  /* disk address */
typedef __uint64_t dev_t;   /* device number */
typedef __uint32_t fixpt_t; /* fixed point number */

#ifndef gid_t
typedef __gid_t gid_t;
#define gid_t __gid_t
#endif

typedef __uint32_t id_t;  /* group id, process id or user id */
typedef __uint64_t ino_t; /* inode number */
typedef long key_t;	  /* IPC key (for Sys V IPC) */

#ifndef mode_t
typedef __mode_t mode_t;
#define mode_t __mode_t
#endif

typedef __uint32_t nlink_t; /* link count */

#ifndef off_t
typedef __off_t off_t;
#define off_t __off_t
#endif

#ifndef pid_t
typedef __pid_t pid_t;
#define pid_t __pid_t
#endif

typedef __int32_t lwpid_t; /* LWP id */
typedef __uint64_t rlim_t; /* resource limit */
typedef __int32_t segsz_t; /* segment size */
typedef __int32_t swblk_t; /* swap offset */

#ifndef uid_t
typedef __uid_t uid_t;
#define uid_t __uid_t
#endif

typedef int mqd_t;
typedef unsigned long cpuid_t;
typedef int psetid_t;

#if defined(_NETBSD_SOURCE)
/* Major, minor numbers, dev_t's (NetBSD's split). */
#define major(x) ((__uint32_t)((((x)&0x000fff00) >> 8)))
#define minor(x)                                                               \
	((__uint32_t)((((x)&0xfff00000) >> 12) | (((x)&0x000000ff) >> 0)))
#define makedev(x, y)                                                          \
	((dev_t)((((dev_t)(x) << 8) & 0x000fff00) |                            \
	    (((dev_t)(y) << 12) & 0xfff00000) |                                \
	    (((dev_t)(y) << 0) & 0x000000ff)))
#endif

#ifdef _BSD_CLOCK_T_
typedef _BSD_CLOCK_T_ clock_t;
#undef _BSD_CLOCK_T_
#endif

#ifdef _BSD_PTRDIFF_T_
typedef _BSD_PTRDIFF_T_ ptrdiff_t;
#undef _BSD_PTRDIFF_T_
#endif

#ifdef _BSD_SIZE_T_
typedef _BSD_SIZE_T_ size_t;
#define _SIZE_T
#undef _BSD_SIZE_T_
#endif

#ifdef _BSD_SSIZE_T_
typedef _BSD_SSIZE_T_ ssize_t;
#undef _BSD_SSIZE_T_
#endif

#ifdef _BSD_TIME_T_
typedef _BSD_TIME_T_ time_t;
#undef _BSD_TIME_T_
#endif

#ifdef _BSD_CLOCKID_T_
typedef _BSD_CLOCKID_T_ clockid_t;
#undef _BSD_CLOCKID_T_
#endif

#ifdef _BSD_TIMER_T_
typedef _BSD_TIMER_T_ timer_t;
#undef _BSD_TIMER_T_
#endif

#ifdef _BSD_SUSECONDS_T_
typedef _BSD_SUSECONDS_T_ suseconds_t;
#undef _BSD_SUSECONDS_T_
#endif

#ifdef _BSD_USECONDS_T_
typedef _BSD_USECONDS_T_ useconds_t;
#undef _BSD_USECONDS_T_
#endif

#if defined(_NETBSD_SOURCE)
#include <sys/fd_set.h>

#define NBBY 8 /* bits in a byte */

typedef struct _uquad {
	__uint32_t val[2];
} _uquad_t;
#endif

#endif /* !_SYS_TYPES_H_ */
