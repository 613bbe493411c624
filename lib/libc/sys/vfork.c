/*
 * vfork.c: vfork(2): fork(2); PM copies the address space lazily.
 */

#include <unistd.h>

#include "sys_private.h"

pid_t
vfork(void)
{
	return fork();
}
