/*
 * lchown.c: lchown(2) on the host port: change a symbolic link's owner.
 */

#include <unistd.h>

#include "linux.h"

int
lchown(const char *path, uid_t uid, gid_t gid)
{
	return (int)__linux_ret(__lsys3(LNR_lchown, path, uid, gid));
}
