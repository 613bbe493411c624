/*
 * mmap.c: mmap(2) through VM_MMAP (VM asks VFS for file pages); a zero
 * length or no MAP_SHARED/MAP_PRIVATE is EINVAL.
 */

#include <errno.h>
#include <sys/mman.h>

#include "sys_private.h"

int __vm_call(int, uint64_t, uint64_t, int, int, int, int64_t, uint64_t *);

void *
mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	uint64_t a;

	if (len == 0 || (flags & (MAP_SHARED | MAP_PRIVATE)) == 0 ||
	    (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC)) != 0) {
		errno = EINVAL;
		return MAP_FAILED;
	}
	if (flags & MAP_ANON)
		fd = -1;
	a = (uint64_t)(uintptr_t)addr;
	if (__vm_call(VM_MMAP, a, len, prot, flags, fd, off, &a) < 0)
		return MAP_FAILED;
	return (void *)(uintptr_t)a;
}
