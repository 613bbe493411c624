/*
 * mmap.c: mmap(2) on the host port: MAP_* flags differ from Linux's.
 */

#include <errno.h>
#include <sys/mman.h>

#include "linux.h"

#define L_MAP_SHARED	0x01
#define L_MAP_PRIVATE	0x02
#define L_MAP_FIXED	0x10
#define L_MAP_ANONYMOUS 0x20
#define L_MAP_NORESERVE 0x4000
#define L_MAP_STACK	0x20000

#define MAP_KNOWN                                                              \
	(MAP_SHARED | MAP_PRIVATE | MAP_FIXED | MAP_ANON | MAP_NORESERVE |     \
	    MAP_STACK | MAP_HASSEMAPHORE | MAP_INHERIT | MAP_TRYFIXED |        \
	    MAP_WIRED | MAP_RENAME)

void *
mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	int lf = 0;
	long r;

	if ((flags & ~MAP_KNOWN) != 0 ||
	    (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC)) != 0)
		return (void *)__linux_fail(EINVAL);
	if (flags & MAP_SHARED)
		lf |= L_MAP_SHARED;
	if (flags & MAP_PRIVATE)
		lf |= L_MAP_PRIVATE;
	if (flags & MAP_FIXED)
		lf |= L_MAP_FIXED;
	if (flags & MAP_ANON) {
		lf |= L_MAP_ANONYMOUS;
		fd = -1;
	}
	if (flags & MAP_NORESERVE)
		lf |= L_MAP_NORESERVE;
	if (flags & MAP_STACK)
		lf |= L_MAP_STACK;
	r = __linux_ret(
	    __lsys6(LNR_mmap, (long)addr, (long)len, prot, lf, fd, off));
	return r == -1 ? MAP_FAILED : (void *)r;
}
