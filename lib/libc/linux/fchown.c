/*
 * fchown.c: fchown(2) on the host port: change an open file's owner.
 */

#include <unistd.h>

#include "linux.h"

int
fchown(int fd, uid_t uid, gid_t gid)
{
	return (int)__linux_ret(__lsys3(LNR_fchown, fd, uid, gid));
}
