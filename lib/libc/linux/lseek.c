/*
 * lseek.c: lseek(2) on the host port: move the file offset (SEEK_* agree).
 */

#include <unistd.h>

#include "linux.h"

off_t
lseek(int fd, off_t off, int whence)
{
	return (off_t)__linux_ret(__lsys3(LNR_lseek, fd, off, whence));
}
