/*
 * <sys/uio.h>: struct iovec and readv/writev/preadv/pwritev.
 */

#ifndef _SYS_UIO_H_
#define _SYS_UIO_H_

#include <sys/cdefs.h>
#include <sys/featuretest.h>
#include <machine/ansi.h>
#include <sys/ansi.h>

#ifdef _BSD_SIZE_T_
typedef _BSD_SIZE_T_ size_t;
#define _SIZE_T
#undef _BSD_SIZE_T_
#endif

#ifdef _BSD_SSIZE_T_
typedef _BSD_SSIZE_T_ ssize_t;
#undef _BSD_SSIZE_T_
#endif

#ifndef off_t
typedef __off_t off_t;
#define off_t __off_t
#endif

struct iovec {
	void *iov_base; /* Base address. */
	size_t iov_len; /* Length. */
};

#if defined(_NETBSD_SOURCE)
enum uio_rw { UIO_READ, UIO_WRITE };
enum uio_seg { UIO_USERSPACE, UIO_SYSSPACE };
#define UIO_MAXIOV 1024 /* max 1K of iov's */
#endif

__BEGIN_DECLS
ssize_t readv(int, const struct iovec *, int);
ssize_t writev(int, const struct iovec *, int);
#if defined(_NETBSD_SOURCE)
ssize_t preadv(int, const struct iovec *, int, off_t);
ssize_t pwritev(int, const struct iovec *, int, off_t);
#endif
__END_DECLS

#endif /* !_SYS_UIO_H_ */
