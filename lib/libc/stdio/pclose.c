/*
 * pclose: close a popen stream and wait for its command; returns the
 * wait status, or -1 (ECHILD for a stream popen did not make).
 */
#include <errno.h>
#include <sys/wait.h>

#include "stdio_impl.h"

int
pclose(FILE *f)
{
	pid_t pid, r;
	int status;

	if (f == NULL || f->pid <= 0) {
		errno = ECHILD;
		return -1;
	}
	pid = f->pid;
	(void)fclose(f);
	do {
		r = waitpid(pid, &status, 0);
	} while (r < 0 && errno == EINTR);
	return r < 0 ? -1 : status;
}
