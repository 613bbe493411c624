/*
 * strsignal: a description of a NetBSD signal number (from sys_siglist).
 * Real-time signals get "Real time signal N"; unknown numbers "Unknown signal:
 * N", both formatted into a static buffer.
 */
#include <signal.h>
#include <string.h>

#include "string_impl.h"

char *
strsignal(int sig)
{
	static char buf[40];

	if (sig > 0 && sig < sys_nsig && sys_siglist[sig] != NULL)
		return __UNCONST(sys_siglist[sig]);
#if defined(SIGRTMIN) && defined(SIGRTMAX)
	if (sig >= SIGRTMIN && sig <= SIGRTMAX) {
		__fmt_unknown(buf, sizeof(buf), "Real time signal ", sig);
		return buf;
	}
#endif
	__fmt_unknown(buf, sizeof(buf), "Unknown signal: ", sig);
	return buf;
}
