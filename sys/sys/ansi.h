/*
 * <sys/ansi.h>: reserved-name versions of the POSIX types, so headers can
 * use a type in a prototype without making the public name visible.
 */

#ifndef _SYS_ANSI_H_
#define _SYS_ANSI_H_

#include <machine/ansi.h>

typedef char *__caddr_t;	  /* core address */
typedef __uint32_t __gid_t;	  /* group id */
typedef __uint32_t __in_addr_t;	  /* IP(v4) address */
typedef __uint16_t __in_port_t;	  /* "Internet" port number */
typedef __uint32_t __mode_t;	  /* file permissions */
typedef __int64_t __off_t;	  /* file offset */
typedef __int32_t __pid_t;	  /* process id */
typedef __uint8_t __sa_family_t;  /* socket address family */
typedef unsigned int __socklen_t; /* socket-related datum length */
typedef __uint32_t __uid_t;	  /* user id */
typedef __uint64_t __fsblkcnt_t;  /* fs block count (statvfs) */
typedef __uint64_t __fsfilcnt_t;  /* fs file count */
typedef __uint64_t __dev_t;	  /* device number */
typedef __uint64_t __ino_t;	  /* inode number */
typedef __uint32_t __nlink_t;	  /* link count */
typedef __int64_t __blkcnt_t;	  /* file block count */
typedef __int32_t __blksize_t;	  /* preferred I/O size */
typedef __uint32_t __id_t;	  /* any of uid, gid, pid */

#endif /* !_SYS_ANSI_H_ */
