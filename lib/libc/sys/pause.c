/*
 * pause.c: pause(3): sigsuspend with the current mask.
 */

#include <signal.h>
#include <unistd.h>

#include "sys_private.h"

int
pause(void)
{
	sigset_t cur;

	if (sigprocmask(SIG_BLOCK, NULL, &cur) < 0)
		return -1;
	return sigsuspend(&cur);
}
