/*
 * umask.c: umask(2) on the host port: set the file-creation mask.
 */

#include <sys/stat.h>

#include "linux.h"

mode_t
umask(mode_t mask)
{
	return (mode_t)__linux_ret(__lsys1(LNR_umask, mask));
}
