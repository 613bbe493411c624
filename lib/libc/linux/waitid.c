/*
 * waitid.c: waitid(2) on the host port: the id type, the options and
 * the resulting siginfo are translated (Linux's P_ALL/P_PID/P_PGID are
 * 0/1/2, its WEXITED/WCONTINUED/WNOWAIT bits differ).
 */

#include <errno.h>
#include <string.h>
#include <sys/wait.h>

#include "linux.h"

#define LNR_waitid 247

static int
ltype(idtype_t t, id_t *id)
{
	switch (t) {
	case P_ALL:
		return 0;
	case P_PID:
		return 1;
	case P_PGID:
		return 2;
	case P_MYID: /* my process group */
		*id = 0;
		return 2;
	default:
		return -1;
	}
}

#define W_WHAT	(WEXITED | WUNTRACED | WCONTINUED)
#define W_KNOWN (W_WHAT | WNOHANG | WNOWAIT)

int
waitid(idtype_t idtype, id_t id, siginfo_t *info, int options)
{
	struct l_siginfo lsi;
	int lt, lo = 0;
	long r;

	if ((options & W_WHAT) == 0 || (options & ~W_KNOWN) != 0)
		return (int)__linux_fail(EINVAL);
	if ((lt = ltype(idtype, &id)) < 0)
		return (int)__linux_fail(EINVAL);
	lo |= (options & WNOHANG) ? 1 : 0;
	lo |= (options & WUNTRACED) ? 2 : 0;
	lo |= (options & WEXITED) ? 4 : 0;
	lo |= (options & WCONTINUED) ? 8 : 0;
	lo |= (options & WNOWAIT) ? 0x1000000 : 0;
	memset(&lsi, 0, sizeof(lsi));
	r = __lsys6(LNR_waitid, lt, (long)id, (long)&lsi, lo, 0, 0);
	if (__linux_ret(r) < 0)
		return -1;
	if (info != NULL) {
		if (lsi.signo == 0)
			memset(info, 0, sizeof(*info)); /* WNOHANG, none */
		else
			__linux_siginfo_back(&lsi, info);
	}
	return 0;
}
