/*
 * wait.c: wait(2): wait for any child.
 */

#include <stddef.h>
#include <sys/wait.h>

pid_t
wait(int *status)
{
	return wait4(WAIT_ANY, status, 0, NULL);
}
