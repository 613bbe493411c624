/*
 * _exit.c: _exit(2) on the host port: end the process (all threads).
 */

#include <unistd.h>

#include "linux.h"

void
_exit(int status)
{
	for (;;)
		(void)__lsys1(LNR_exit_group, status);
}
