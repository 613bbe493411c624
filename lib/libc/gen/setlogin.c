/*
 * setlogin.c: setlogin(2): set the login name returned by getlogin(2).
 * Neither port keeps a login name in the kernel, so it is stored for
 * this process only (and inherited by fork).  EPERM unless the
 * effective user is root, EFAULT for NULL, EINVAL if the name is longer
 * than MAXLOGNAME.
 */

#include <errno.h>
#include <string.h>
#include <sys/param.h>
#include <unistd.h>

#include "libc_private.h"

int
setlogin(const char *name)
{
	size_t n;

	if (geteuid() != 0) {
		errno = EPERM;
		return -1;
	}
	if (name == NULL) {
		errno = EFAULT;
		return -1;
	}
	n = strlen(name);
	if (n > MAXLOGNAME) {
		errno = EINVAL;
		return -1;
	}
	memcpy(__logname, name, n + 1);
	return 0;
}
