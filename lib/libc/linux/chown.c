/*
 * chown.c: chown(2) on the host port: change a file's owner.
 */

#include <unistd.h>

#include "linux.h"

int
chown(const char *path, uid_t uid, gid_t gid)
{
	return (int)__linux_ret(__lsys3(LNR_chown, path, uid, gid));
}
