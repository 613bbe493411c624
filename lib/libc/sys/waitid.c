/*
 * waitid.c: waitid(2) through PM_WAITID; PM fills the siginfo_t.  At
 * least one of WEXITED, WUNTRACED (WSTOPPED) and WCONTINUED is needed.
 */

#include <errno.h>
#include <sys/wait.h>

#include "sys_private.h"

int
waitid(idtype_t idtype, id_t id, siginfo_t *info, int options)
{
	if ((options & (WEXITED | WUNTRACED | WCONTINUED)) == 0 ||
	    (options & ~(WEXITED | WUNTRACED | WCONTINUED | WNOHANG |
	    WNOWAIT | WTRAPPED)) != 0) {
		errno = EINVAL;
		return -1;
	}
	return __pm_id(PM_WAITID, (int)id, options, (uint32_t)idtype, 0,
	    (uint64_t)(uintptr_t)info) < 0 ? -1 : 0;
}
