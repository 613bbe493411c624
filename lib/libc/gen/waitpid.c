/*
 * waitpid.c: waitpid(2), as wait4 without resource usage.
 */

#include <stddef.h>
#include <sys/wait.h>

pid_t
waitpid(pid_t pid, int *status, int options)
{
	return wait4(pid, status, options, NULL);
}
