/*
 * sigwaitinfo.c: sigwaitinfo(2): sigtimedwait without a timeout.
 */

#include <signal.h>
#include <stddef.h>

int
sigwaitinfo(const sigset_t *__restrict set, siginfo_t *__restrict info)
{
	return sigtimedwait(set, info, NULL);
}
