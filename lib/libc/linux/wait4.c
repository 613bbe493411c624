/*
 * wait4.c: wait4(2) on the host port: options and the status word's
 * signal numbers are translated; struct rusage is converted.
 */

#include <errno.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "linux.h"

#define L_WNOHANG    1
#define L_WUNTRACED  2
#define L_WCONTINUED 8

struct l_rusage {
	struct l_timeval utime, stime;
	long rest[14];
};

void __linux_rusage_back(const void *, struct rusage *);

pid_t
wait4(pid_t pid, int *status, int options, struct rusage *ru)
{
	struct l_rusage lru;
	int lst = 0, lopt = 0;
	long r;

	if (options & ~(WNOHANG | WUNTRACED | WCONTINUED | WALTSIG | WALLSIG))
		return (pid_t)__linux_fail(EINVAL);
	if (options & WNOHANG)
		lopt |= L_WNOHANG;
	if (options & WUNTRACED)
		lopt |= L_WUNTRACED;
	if (options & WCONTINUED)
		lopt |= L_WCONTINUED;
	r = __linux_ret(
	    __lsys4(LNR_wait4, pid, &lst, lopt, ru != NULL ? &lru : NULL));
	if (r < 0)
		return -1;
	if (status != NULL)
		*status = r > 0 ? __linux_status_back(lst) : 0;
	if (ru != NULL)
		__linux_rusage_back(&lru, ru);
	return (pid_t)r;
}
