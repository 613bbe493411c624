/*
 * <sys/mman.h>: memory mapping: mmap/munmap/mprotect and their flags
 * (NetBSD's values).
 */

#ifndef _SYS_MMAN_H_
#define _SYS_MMAN_H_

#include <sys/cdefs.h>
#include <sys/featuretest.h>
#include <sys/types.h>

#define PROT_NONE  0x00 /* no permissions */
#define PROT_READ  0x01 /* pages can be read */
#define PROT_WRITE 0x02 /* pages can be written */
#define PROT_EXEC  0x04 /* pages can be executed */

#define MAP_SHARED  0x0001 /* share changes */
#define MAP_PRIVATE 0x0002 /* changes are private */
#define MAP_FIXED   0x0010 /* map addr must be exactly as requested */
#if defined(_NETBSD_SOURCE)
#define MAP_COPY	 MAP_PRIVATE
#define MAP_RENAME	 0x0020 /* Sun: rename private pages to file */
#define MAP_NORESERVE	 0x0040 /* Sun: don't reserve needed swap area */
#define MAP_INHERIT	 0x0080 /* region is retained after exec */
#define MAP_HASSEMAPHORE 0x0200 /* region may contain semaphores */
#define MAP_TRYFIXED	 0x0400 /* attempt hint address, even within break */
#define MAP_WIRED	 0x0800 /* mlock() mapping when it is established */
#define MAP_FILE	 0x0000 /* map from file (default) */
#define MAP_STACK	 0x2000 /* allocated from memory for stack */
#endif
#define MAP_ANON      0x1000 /* allocated from memory, swap space */
#define MAP_ANONYMOUS MAP_ANON

#define MAP_FAILED ((void *)-1) /* mmap() failed */

/* msync(2) flags. */
#define MS_ASYNC      0x01 /* perform asynchronous writes */
#define MS_INVALIDATE 0x02 /* invalidate cached data */
#define MS_SYNC	      0x04 /* perform synchronous writes */

/* mlockall(2) flags. */
#define MCL_CURRENT 0x01 /* lock all pages currently mapped */
#define MCL_FUTURE  0x02 /* lock all pages mapped in the future */

/* posix_madvise(2) and madvise(2) advice. */
#define POSIX_MADV_NORMAL     0
#define POSIX_MADV_RANDOM     1
#define POSIX_MADV_SEQUENTIAL 2
#define POSIX_MADV_WILLNEED   3
#define POSIX_MADV_DONTNEED   4
#if defined(_NETBSD_SOURCE)
#define MADV_NORMAL	POSIX_MADV_NORMAL
#define MADV_RANDOM	POSIX_MADV_RANDOM
#define MADV_SEQUENTIAL POSIX_MADV_SEQUENTIAL
#define MADV_WILLNEED	POSIX_MADV_WILLNEED
#define MADV_DONTNEED	POSIX_MADV_DONTNEED
#define MADV_SPACEAVAIL 5
#define MADV_FREE	6
#endif

__BEGIN_DECLS
void *mmap(void *, size_t, int, int, int, off_t);
int munmap(void *, size_t);
int mprotect(void *, size_t, int);
int msync(void *, size_t, int);
int mlock(const void *, size_t);
int munlock(const void *, size_t);
int mlockall(int);
int munlockall(void);
int posix_madvise(void *, size_t, int);
#if defined(_NETBSD_SOURCE)
int madvise(void *, size_t, int);
int minherit(void *, size_t, int);
#endif
int shm_open(const char *, int, mode_t);
int shm_unlink(const char *);
__END_DECLS

#endif /* !_SYS_MMAN_H_ */
