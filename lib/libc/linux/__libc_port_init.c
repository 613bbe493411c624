/*
 * __libc_port_init.c: host-port start-up: NetBSD ignores SIGINFO by
 * default, but its Linux stand-in (SIGSTKFLT) terminates, so a process
 * starting with that signal at SIG_DFL switches it to SIG_IGN.
 */

#include <signal.h>

#include "linux.h"
#include "libc_private.h"

void __linux_sigreturn(void);

void
__libc_port_init(void)
{
	struct l_sigaction la, lo;
	int l = __linux_sig(SIGINFO);

	if (__lsys4(LNR_rt_sigaction, l, NULL, &lo, 8) != 0 ||
	    lo.handler != (void *)SIG_DFL)
		return;
	la.handler = (void *)SIG_IGN;
	la.flags = L_SA_RESTORER;
	la.restorer = __linux_sigreturn;
	la.mask = 0;
	(void)__lsys4(LNR_rt_sigaction, l, &la, NULL, 8);
}
