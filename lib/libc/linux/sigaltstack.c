/*
 * sigaltstack.c: sigaltstack(2) on the host port: stack_t field order and
 * SS_DISABLE differ from Linux's.
 */

#include <errno.h>
#include <signal.h>

#include "linux.h"

#define L_SS_ONSTACK 1
#define L_SS_DISABLE 2

struct l_stack {
	void *sp;
	int flags;
	size_t size;
};

int
sigaltstack(const stack_t *__restrict ss, stack_t *__restrict oss)
{
	struct l_stack l, lo;
	long r;

	if (ss != NULL) {
		if (ss->ss_flags & ~SS_DISABLE)
			return (int)__linux_fail(EINVAL);
		l.sp = ss->ss_sp;
		l.size = ss->ss_size;
		l.flags = (ss->ss_flags & SS_DISABLE) ? L_SS_DISABLE : 0;
	}
	r = __lsys2(LNR_sigaltstack, ss != NULL ? &l : NULL, &lo);
	if (__linux_ret(r) < 0)
		return -1;
	if (oss != NULL) {
		oss->ss_sp = lo.sp;
		oss->ss_size = lo.size;
		oss->ss_flags = ((lo.flags & L_SS_ONSTACK) ? SS_ONSTACK : 0) |
		    ((lo.flags & L_SS_DISABLE) ? SS_DISABLE : 0);
	}
	return 0;
}
