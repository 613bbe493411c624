/*
 * wait3.c: wait3(2): wait for any child, with resource usage.
 */

#include <stddef.h>
#include <sys/wait.h>

pid_t
wait3(int *status, int options, struct rusage *ru)
{
	return wait4(WAIT_ANY, status, options, ru);
}
