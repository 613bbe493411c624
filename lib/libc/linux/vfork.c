/*
 * vfork.c: vfork(2) is fork(2) here: sharing the address space with a
 * C-level wrapper is unsafe, and copy-on-write makes fork cheap.
 */

#include <unistd.h>

pid_t
vfork(void)
{
	return fork();
}
