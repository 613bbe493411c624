/*
 * fexecve.c: fexecve(2) on the host port: Linux's execveat with an
 * empty path and AT_EMPTY_PATH, which executes the file open on fd.
 */

#include <errno.h>
#include <unistd.h>

#include "linux.h"

#define L_AT_EMPTY_PATH 0x1000

int
fexecve(int fd, char *const *argv, char *const *envp)
{
	if (fd < 0) {
		errno = EBADF;
		return -1;
	}
	if (argv == NULL || envp == NULL) {
		errno = EFAULT;
		return -1;
	}
	return (int)__linux_ret(__lsys6(LNR_execveat, fd, (long)"", (long)argv,
	    (long)envp, L_AT_EMPTY_PATH, 0));
}
