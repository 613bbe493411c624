/*
 * copy.c: copies between user memory and the kernel, or between two
 * address spaces.
 *
 * The kernel never dereferences a user address: each page is looked up in
 * the owner's page tables (must be present and user-accessible, and
 * writable for a destination) and reached through the direct map.  So a bad
 * pointer from user mode costs an -EFAULT, never a kernel fault, and the
 * copy works whichever address space is loaded.
 */

#include "kernel.h"
#include "proc.h"
#include "vm.h"

/* Kernel address of user byte va, with at most *chunk bytes in its page. */
static void *
user_ptr(struct proc *p, uintptr_t va, int write, size_t *chunk)
{
	paddr_t pa;
	unsigned flags;
	size_t room = PAGE_SIZE - (va & PAGE_MASK);

	if (pt_lookup(p, va, &pa, &flags) != 0)
		return NULL;
	if (write && (flags & PT_WRITE) == 0)
		return NULL;
	if (*chunk > room)
		*chunk = room;
	return PHYS_TO_VIRT(pa);
}

static int
range_ok(uintptr_t va, size_t len)
{
	return va + len >= va && va + len <= USER_TOP;
}

int
copyin(struct proc *p, void *kdst, uintptr_t usrc, size_t len)
{
	char *d = kdst;
	size_t n;
	void *s;

	if (!range_ok(usrc, len))
		return -EFAULT;
	while (len > 0) {
		n = len;
		if ((s = user_ptr(p, usrc, 0, &n)) == NULL)
			return -EFAULT;
		memcpy(d, s, n);
		d += n;
		usrc += n;
		len -= n;
	}
	return 0;
}

int
copyout(struct proc *p, uintptr_t udst, const void *ksrc, size_t len)
{
	const char *s = ksrc;
	size_t n;
	void *d;

	if (!range_ok(udst, len))
		return -EFAULT;
	while (len > 0) {
		n = len;
		if ((d = user_ptr(p, udst, 1, &n)) == NULL)
			return -EFAULT;
		memcpy(d, s, n);
		s += n;
		udst += n;
		len -= n;
	}
	return 0;
}

int
vcopy(
    struct proc *src, uintptr_t sa, struct proc *dst, uintptr_t da, size_t len)
{
	size_t n, m;
	void *s, *d;

	if (!range_ok(sa, len) || !range_ok(da, len))
		return -EFAULT;
	while (len > 0) {
		n = m = len;
		if ((s = user_ptr(src, sa, 0, &n)) == NULL ||
		    (d = user_ptr(dst, da, 1, &m)) == NULL)
			return -EFAULT;
		if (n > m)
			n = m;
		memcpy(d, s, n);
		sa += n;
		da += n;
		len -= n;
	}
	return 0;
}

/* Copy a NUL-terminated string of at most size bytes (with the NUL). */
int
copyinstr(struct proc *p, char *dst, uintptr_t usrc, size_t size)
{
	size_t i;

	for (i = 0; i < size; i++) {
		if (copyin(p, &dst[i], usrc + i, 1) != 0)
			return -EFAULT;
		if (dst[i] == '\0')
			return 0;
	}
	return -E2BIG;
}
