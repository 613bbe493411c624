/*
 * execve.c: execve(2) on the host port: execute a file.
 */

#include <unistd.h>

#include "linux.h"

int
execve(const char *path, char *const *argv, char *const *envp)
{
	return (int)__linux_ret(__lsys3(LNR_execve, path, argv, envp));
}
