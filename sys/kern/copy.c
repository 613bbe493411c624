/*
 * copy.c: copies between user memory and the kernel, or between two
 * address spaces.
 *
 * The kernel never dereferences a user address: each page is looked up in
 * the owner's page tables (must be present and user-accessible, and
 * writable for a destination) and reached through the direct map.  So a bad
 * pointer from user mode costs an -EFAULT, never a kernel fault, and the
 * copy works whichever address space is loaded.
 *
 * Cost: one page-table walk per page of each side and one memcpy per run
 * of bytes that is contiguous on both sides (a whole page when both
 * addresses have the same offset in their pages).  Messages, copied on
 * every IPC and kernel call, have their own helpers: one walk and eight
 * quadword moves when the 64 bytes sit in one page.
 */

#include "kernel.h"
#include "proc.h"
#include "vm.h"

static int
range_ok(uintptr_t va, size_t len)
{
	return va + len >= va && va + len <= USER_TOP;
}

/* Bytes from va to the end of its page. */
static size_t
page_room(uintptr_t va)
{
	return PAGE_SIZE - (va & PAGE_MASK);
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
		n = len < page_room(usrc) ? len : page_room(usrc);
		if ((s = pt_user_kva(p, usrc, 0)) == NULL)
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
		n = len < page_room(udst) ? len : page_room(udst);
		if ((d = pt_user_kva(p, udst, 1)) == NULL)
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
	size_t n;
	void *s, *d;

	if (!range_ok(sa, len) || !range_ok(da, len))
		return -EFAULT;
	while (len > 0) {
		n = len;
		if (n > page_room(sa))
			n = page_room(sa);
		if (n > page_room(da))
			n = page_room(da);
		if ((s = pt_user_kva(src, sa, 0)) == NULL ||
		    (d = pt_user_kva(dst, da, 1)) == NULL)
			return -EFAULT;
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

typedef uint64_t msgword_t __attribute__((may_alias, aligned(1)));

static void
msg_move(void *d, const void *s)
{
	msgword_t *dw = d;
	const msgword_t *sw = s;

	dw[0] = sw[0];
	dw[1] = sw[1];
	dw[2] = sw[2];
	dw[3] = sw[3];
	dw[4] = sw[4];
	dw[5] = sw[5];
	dw[6] = sw[6];
	dw[7] = sw[7];
}

/* One page holds all of the message at va (else the general loop). */
static int
msg_in_page(uintptr_t va)
{
	return page_room(va) >= sizeof(message);
}

/*
 * Fetch the message at umsg.  `writable' also requires its pages to be
 * writable (a SENDREC buffer, which will receive the reply): -EFAULT
 * otherwise, as for an unreadable one.
 */
int
copyin_msg(struct proc *p, message *m, uintptr_t umsg, int writable)
{
	uintptr_t last = umsg + sizeof(*m) - 1;
	void *s;

	if (!range_ok(umsg, sizeof(*m)))
		return -EFAULT;
	if (msg_in_page(umsg)) {
		if ((s = pt_user_kva(p, umsg, writable)) == NULL)
			return -EFAULT;
		msg_move(m, s);
		return 0;
	}
	if (writable &&
	    (pt_user_kva(p, umsg, 1) == NULL ||
		pt_user_kva(p, last, 1) == NULL))
		return -EFAULT;
	return copyin(p, m, umsg, sizeof(*m));
}

int
copyout_msg(struct proc *p, uintptr_t umsg, const message *m)
{
	void *d;

	if (!range_ok(umsg, sizeof(*m)))
		return -EFAULT;
	if (!msg_in_page(umsg))
		return copyout(p, umsg, m, sizeof(*m));
	if ((d = pt_user_kva(p, umsg, 1)) == NULL)
		return -EFAULT;
	msg_move(d, m);
	return 0;
}
