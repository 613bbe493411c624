/*
 * signal.c: signal(3): install a handler with BSD semantics: the handler
 * stays installed, the signal is blocked while it runs, and interrupted
 * system calls restart unless siginterrupt(3) said otherwise.
 */

#include <signal.h>

#include "libc_private.h"

void (*signal(int sig, void (*fn)(int)))(int)
{
	struct sigaction sa, osa;

	sa.sa_handler = fn;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;
	if (sig > 0 && sig < _NSIG && !sigismember(&__sigintr, sig))
		sa.sa_flags |= SA_RESTART;
	if (sigaction(sig, &sa, &osa) < 0)
		return SIG_ERR;
	return osa.sa_handler;
}
