/*
 * waitid.c: waitid(2) through PM_WAITID; PM fills the siginfo_t.  At
 * least one of WEXITED, WUNTRACED (WSTOPPED) and WCONTINUED is needed.
 */

#include <errno.h>
#include <sys/wait.h>

#include "sys_private.h"

#define W_WHAT	(WEXITED | WUNTRACED | WCONTINUED)
#define W_KNOWN (W_WHAT | WNOHANG | WNOWAIT | WTRAPPED)

int
waitid(idtype_t idtype, id_t id, siginfo_t *info, int options)
{
	uint64_t addr = (uint64_t)(uintptr_t)info;

	if ((options & W_WHAT) == 0 || (options & ~W_KNOWN) != 0) {
		errno = EINVAL;
		return -1;
	}
	if (__pm_id(PM_WAITID, (int)id, options, (uint32_t)idtype, 0, addr) < 0)
		return -1;
	return 0;
}
