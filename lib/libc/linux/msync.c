/*
 * msync.c: msync(2) on the host port: write back a mapping (MS_* agree).
 */

#include <sys/mman.h>

#include "linux.h"

int
msync(void *addr, size_t len, int flags)
{
	return (int)__linux_ret(__lsys3(LNR_msync, addr, len, flags));
}
