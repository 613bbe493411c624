/*
 * setdomainname.c: setdomainname(3) on the host port (Linux's own
 * setdomainname; EPERM unless privileged).  A name of MAXHOSTNAMELEN
 * bytes or more is EINVAL, as on Bulkhead.
 */

#include <errno.h>
#include <sys/param.h>
#include <unistd.h>

#include "linux.h"

int
setdomainname(const char *name, size_t len)
{
	if (name == NULL) {
		errno = EFAULT;
		return -1;
	}
	if (len >= MAXHOSTNAMELEN) {
		errno = EINVAL;
		return -1;
	}
	return (int)__linux_ret(__lsys2(LNR_setdomainname, name, len));
}
