/*
 * <sys/unistd.h>: POSIX option constants, access(2) modes, lseek whence,
 * and the sysconf(3)/pathconf(2) names (NetBSD's values).
 */

#ifndef _SYS_UNISTD_H_
#define _SYS_UNISTD_H_

#include <sys/featuretest.h>

/* Compile-time options and version. */
#define _POSIX_JOB_CONTROL	 1
#define _POSIX_SAVED_IDS	 1
#define _POSIX_VERSION		 200112L
#define _POSIX2_VERSION		 200112L
#define _POSIX_FSYNC		 1
#define _POSIX_MAPPED_FILES	 1
#define _POSIX_MEMORY_PROTECTION 200112L
#define _POSIX_MONOTONIC_CLOCK	 200112L
#define _POSIX_TIMERS		 200112L
#define _POSIX_CLOCK_SELECTION	 -1
#define _POSIX_THREADS		 -1
#define _POSIX_REGEXP		 1
#define _POSIX_SHELL		 1
#define _POSIX_CHOWN_RESTRICTED	 1
#define _POSIX_NO_TRUNC		 1
#define _POSIX_VDISABLE		 ((unsigned char)'\377')
#define _POSIX2_C_BIND		 200112L
#define _XOPEN_SHM		 1

/* access(2) modes. */
#define F_OK 0	  /* test for existence of file */
#define X_OK 0x01 /* test for execute or search permission */
#define W_OK 0x02 /* test for write permission */
#define R_OK 0x04 /* test for read permission */

/* lseek(2) whence. */
#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif

#if defined(_NETBSD_SOURCE)
#define L_SET  SEEK_SET
#define L_INCR SEEK_CUR
#define L_XTND SEEK_END
#endif

/* pathconf(2) names. */
#define _PC_LINK_MAX	     1
#define _PC_MAX_CANON	     2
#define _PC_MAX_INPUT	     3
#define _PC_NAME_MAX	     4
#define _PC_PATH_MAX	     5
#define _PC_PIPE_BUF	     6
#define _PC_CHOWN_RESTRICTED 7
#define _PC_NO_TRUNC	     8
#define _PC_VDISABLE	     9
#define _PC_SYNC_IO	     10
#define _PC_FILESIZEBITS     11
#define _PC_SYMLINK_MAX	     12
#define _PC_2_SYMLINKS	     13
#define _PC_ACL_EXTENDED     14
#define _PC_MIN_HOLE_SIZE    15

/* sysconf(3) names. */
#define _SC_ARG_MAX			 1
#define _SC_CHILD_MAX			 2
#define _O_SC_CLK_TCK			 3 /* Old version, always 100 */
#define _SC_NGROUPS_MAX			 4
#define _SC_OPEN_MAX			 5
#define _SC_JOB_CONTROL			 6
#define _SC_SAVED_IDS			 7
#define _SC_VERSION			 8
#define _SC_BC_BASE_MAX			 9
#define _SC_BC_DIM_MAX			 10
#define _SC_BC_SCALE_MAX		 11
#define _SC_BC_STRING_MAX		 12
#define _SC_COLL_WEIGHTS_MAX		 13
#define _SC_EXPR_NEST_MAX		 14
#define _SC_LINE_MAX			 15
#define _SC_RE_DUP_MAX			 16
#define _SC_2_VERSION			 17
#define _SC_2_C_BIND			 18
#define _SC_2_C_DEV			 19
#define _SC_2_CHAR_TERM			 20
#define _SC_2_FORT_DEV			 21
#define _SC_2_FORT_RUN			 22
#define _SC_2_LOCALEDEF			 23
#define _SC_2_SW_DEV			 24
#define _SC_2_UPE			 25
#define _SC_STREAM_MAX			 26
#define _SC_TZNAME_MAX			 27
#define _SC_PAGESIZE			 28
#define _SC_PAGE_SIZE			 _SC_PAGESIZE
#define _SC_FSYNC			 29
#define _SC_XOPEN_SHM			 30
#define _SC_SYNCHRONIZED_IO		 31
#define _SC_IOV_MAX			 32
#define _SC_MAPPED_FILES		 33
#define _SC_MEMLOCK			 34
#define _SC_MEMLOCK_RANGE		 35
#define _SC_MEMORY_PROTECTION		 36
#define _SC_LOGIN_NAME_MAX		 37
#define _SC_MONOTONIC_CLOCK		 38
#define _SC_CLK_TCK			 39
#define _SC_ATEXIT_MAX			 40
#define _SC_THREADS			 41
#define _SC_SEMAPHORES			 42
#define _SC_BARRIERS			 43
#define _SC_TIMERS			 44
#define _SC_SPIN_LOCKS			 45
#define _SC_READER_WRITER_LOCKS		 46
#define _SC_GETGR_R_SIZE_MAX		 47
#define _SC_GETPW_R_SIZE_MAX		 48
#define _SC_CLOCK_SELECTION		 49
#define _SC_ASYNCHRONOUS_IO		 50
#define _SC_AIO_LISTIO_MAX		 51
#define _SC_AIO_MAX			 52
#define _SC_MESSAGE_PASSING		 53
#define _SC_MQ_OPEN_MAX			 54
#define _SC_MQ_PRIO_MAX			 55
#define _SC_PRIORITY_SCHEDULING		 56
#define _SC_THREAD_DESTRUCTOR_ITERATIONS 57
#define _SC_THREAD_KEYS_MAX		 58
#define _SC_THREAD_STACK_MIN		 59
#define _SC_THREAD_THREADS_MAX		 60
#define _SC_THREAD_ATTR_STACKADDR	 61
#define _SC_THREAD_ATTR_STACKSIZE	 62
#define _SC_THREAD_PRIORITY_SCHEDULING	 63
#define _SC_THREAD_PRIO_INHERIT		 64
#define _SC_THREAD_PRIO_PROTECT		 65
#define _SC_THREAD_PROCESS_SHARED	 66
#define _SC_THREAD_SAFE_FUNCTIONS	 67
#define _SC_TTY_NAME_MAX		 68
#define _SC_HOST_NAME_MAX		 69
#define _SC_PASS_MAX			 70
#define _SC_REGEXP			 71
#define _SC_SHELL			 72
#define _SC_SYMLOOP_MAX			 73
#define _SC_V6_ILP32_OFF32		 74
#define _SC_V6_ILP32_OFFBIG		 75
#define _SC_V6_LP64_OFF64		 76
#define _SC_V6_LPBIG_OFFBIG		 77
#define _SC_2_PBS			 80
#define _SC_2_PBS_ACCOUNTING		 81
#define _SC_2_PBS_CHECKPOINT		 82
#define _SC_2_PBS_LOCATE		 83
#define _SC_2_PBS_MESSAGE		 84
#define _SC_2_PBS_TRACK			 85
#define _SC_SPAWN			 86
#define _SC_SHARED_MEMORY_OBJECTS	 87
#define _SC_TIMER_MAX			 88
#define _SC_SEM_NSEMS_MAX		 89
#define _SC_CPUTIME			 90
#define _SC_THREAD_CPUTIME		 91
#define _SC_DELAYTIMER_MAX		 92
#define _SC_SIGQUEUE_MAX		 93
#define _SC_REALTIME_SIGNALS		 94
#define _SC_PHYS_PAGES			 121
#define _SC_NPROCESSORS_CONF		 1001
#define _SC_NPROCESSORS_ONLN		 1002

/* confstr(3) names. */
#define _CS_PATH 1

#endif /* !_SYS_UNISTD_H_ */
