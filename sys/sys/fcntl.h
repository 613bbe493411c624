/*
 * <sys/fcntl.h>: open(2) flags, fcntl(2) commands, file locks and the
 * *at() flags, with NetBSD's values.
 */

#ifndef _SYS_FCNTL_H_
#define _SYS_FCNTL_H_

#include <sys/featuretest.h>
#include <sys/types.h>

#define O_RDONLY  0x00000000 /* open for reading only */
#define O_WRONLY  0x00000001 /* open for writing only */
#define O_RDWR	  0x00000002 /* open for reading and writing */
#define O_ACCMODE 0x00000003 /* mask for above modes */

#define O_NONBLOCK 0x00000004 /* no delay */
#define O_APPEND   0x00000008 /* set append mode */
#if defined(_NETBSD_SOURCE)
#define O_SHLOCK 0x00000010 /* open with shared file lock */
#define O_EXLOCK 0x00000020 /* open with exclusive file lock */
#define O_ASYNC	 0x00000040 /* signal pgrp when data ready */
#endif
#define O_SYNC	   0x00000080 /* synchronous writes */
#define O_NOFOLLOW 0x00000100 /* don't follow symlinks on the last */
#define O_CREAT	   0x00000200 /* create if nonexistent */
#define O_TRUNC	   0x00000400 /* truncate to zero length */
#define O_EXCL	   0x00000800 /* error if already exists */
#define O_NOCTTY   0x00008000 /* don't assign controlling terminal */
#define O_DSYNC	   0x00010000 /* write: I/O data completion */
#define O_RSYNC	   0x00020000 /* read: I/O completion as for write */
#if defined(_NETBSD_SOURCE)
#define O_ALT_IO 0x00040000 /* use alternate i/o semantics */
#define O_DIRECT 0x00080000 /* direct I/O hint */
#endif
#define O_DIRECTORY 0x00200000 /* fail if not a directory */
#define O_CLOEXEC   0x00400000 /* set close on exec */
#define O_SEARCH    0x00800000 /* skip search permission checks */
#if defined(_NETBSD_SOURCE)
#define O_NOSIGPIPE 0x01000000 /* don't deliver sigpipe */
#define O_REGULAR   0x02000000 /* fail if not a regular file */
#define O_MASK	    0x03ff8fff /* all the bits above */

#define FNDELAY	 O_NONBLOCK
#define FAPPEND	 O_APPEND
#define FASYNC	 O_ASYNC
#define O_NDELAY O_NONBLOCK
#define O_FSYNC	 O_SYNC
#define FREAD	 0x00000001
#define FWRITE	 0x00000002
#endif

/* Descriptor flags. */
#define FD_CLOEXEC 1 /* close-on-exec flag */

/* fcntl(2) commands. */
#define F_DUPFD	 0 /* duplicate file descriptor */
#define F_GETFD	 1 /* get file descriptor flags */
#define F_SETFD	 2 /* set file descriptor flags */
#define F_GETFL	 3 /* get file status flags */
#define F_SETFL	 4 /* set file status flags */
#define F_GETOWN 5 /* get SIGIO/SIGURG proc/pgrp */
#define F_SETOWN 6 /* set SIGIO/SIGURG proc/pgrp */
#define F_GETLK	 7 /* get record locking information */
#define F_SETLK	 8 /* set record locking information */
#define F_SETLKW 9 /* F_SETLK; wait if blocked */
#if defined(_NETBSD_SOURCE)
#define F_CLOSEM 10 /* close all fds >= to the one given */
#define F_MAXFD	 11 /* return the max open fd */
#endif
#define F_DUPFD_CLOEXEC 12 /* close on exec duplicated fd */
#if defined(_NETBSD_SOURCE)
#define F_GETNOSIGPIPE 13 /* get SIGPIPE disposition */
#define F_SETNOSIGPIPE 14 /* set SIGPIPE disposition */
#define F_GETPATH      15 /* get pathname associated with fd */
#endif

#if defined(_NETBSD_SOURCE)
/* fsync_range(2) flags. */
#define FDATASYNC 0x0010 /* sync data and minimal metadata */
#define FFILESYNC 0x0020 /* sync data and metadata */
#define FDISKSYNC 0x0040 /* flush disk caches after sync */
#endif

/* Record locking: l_type values. */
#define F_RDLCK 1 /* shared or read lock */
#define F_UNLCK 2 /* unlock */
#define F_WRLCK 3 /* exclusive or write lock */

struct flock {
	off_t l_start;	/* starting offset */
	off_t l_len;	/* len = 0 means until end of file */
	pid_t l_pid;	/* lock owner */
	short l_type;	/* lock type: read/write, etc. */
	short l_whence; /* type of l_start */
};

#if defined(_NETBSD_SOURCE)
/* flock(2) operations. */
#define LOCK_SH 0x01 /* shared file lock */
#define LOCK_EX 0x02 /* exclusive file lock */
#define LOCK_NB 0x04 /* don't block when locking */
#define LOCK_UN 0x08 /* unlock file */
#endif

#ifndef SEEK_SET
#define SEEK_SET 0 /* set file offset to offset */
#define SEEK_CUR 1 /* set file offset to current plus offset */
#define SEEK_END 2 /* set file offset to EOF plus offset */
#endif

/* posix_fadvise(2) advice. */
#define POSIX_FADV_NORMAL     0
#define POSIX_FADV_RANDOM     1
#define POSIX_FADV_SEQUENTIAL 2
#define POSIX_FADV_WILLNEED   3
#define POSIX_FADV_DONTNEED   4
#define POSIX_FADV_NOREUSE    5

/* The *at() family. */
#define AT_FDCWD	    -100  /* use the current working directory */
#define AT_EACCESS	    0x100 /* access check uses effective user id */
#define AT_SYMLINK_NOFOLLOW 0x200 /* do not follow symlinks */
#define AT_SYMLINK_FOLLOW   0x400 /* follow symlinks */
#define AT_REMOVEDIR	    0x800 /* remove directory only */

#endif /* !_SYS_FCNTL_H_ */
