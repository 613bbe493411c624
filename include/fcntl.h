/*
 * <fcntl.h>: file control: the flags and commands of <sys/fcntl.h>,
 * the S_I* mode bits, and open/creat/fcntl/openat/posix_fadvise.
 */

#ifndef _FCNTL_H_
#define _FCNTL_H_

#include <sys/cdefs.h>
#include <sys/fcntl.h>
#include <sys/stat.h>

__BEGIN_DECLS
int open(const char *, int, ...);
int creat(const char *, mode_t);
int fcntl(int, int, ...);
int openat(int, const char *, int, ...);
int posix_fadvise(int, off_t, off_t, int);
int posix_fallocate(int, off_t, off_t);
#if defined(_NETBSD_SOURCE)
int flock(int, int);
#endif
__END_DECLS

#endif /* !_FCNTL_H_ */
