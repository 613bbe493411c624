/*
 * sigqueue.c: sigqueue(2) on the host port: send a signal with a value
 * (si_code SI_QUEUE) through rt_sigqueueinfo.
 */

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "linux.h"

#define LNR_rt_sigqueueinfo 129
#define L_SI_QUEUE	    -1

int
sigqueue(pid_t pid, int sig, const union sigval value)
{
	struct l_siginfo lsi;
	int l = __linux_sig(sig);

	if (l < 0)
		return (int)__linux_fail(EINVAL);
	memset(&lsi, 0, sizeof(lsi));
	lsi.signo = l;
	lsi.code = L_SI_QUEUE;
	lsi.u.rt.pid = getpid();
	lsi.u.rt.uid = getuid();
	lsi.u.rt.ptr = value.sival_ptr;
	return (int)__linux_ret(__lsys3(LNR_rt_sigqueueinfo, pid, l, &lsi));
}
