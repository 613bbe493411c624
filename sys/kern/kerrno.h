/*
 * kerrno.h: error numbers returned (negated) by kernel functions.
 *
 * The values are NetBSD's errno numbers plus Bulkhead's IPC errors, the
 * same numbers userland sees in <sys/errno.h>; the kernel keeps this private
 * copy so it does not depend on the userland headers.
 */

#ifndef _KERN_KERRNO_H_
#define _KERN_KERRNO_H_

#define EPERM	    1
#define ENOENT	    2
#define ESRCH	    3
#define EINTR	    4
#define EIO	    5
#define E2BIG	    7
#define ENOEXEC	    8
#define EBADF	    9
#define ENOMEM	    12
#define EACCES	    13
#define EFAULT	    14
#define EBUSY	    16
#define EINVAL	    22
#define EAGAIN	    35
#define ENOSYS	    78
#define ELOCKED	    101
#define EDEADSRCDST 102
#define ENOTREADY   103
#define ECALLDENIED 104
#define EBADCALL    105
#define EBADREQUEST 106
#define ETRAPDENIED 107
#define EDONTREPLY  108
#define EGENERIC    109
#define EBADEPT	    110

#endif /* !_KERN_KERRNO_H_ */
