/*
 * munmap.c: munmap(2) on the host port: remove a mapping.
 */

#include <sys/mman.h>

#include "linux.h"

int
munmap(void *addr, size_t len)
{
	return (int)__linux_ret(__lsys2(LNR_munmap, addr, len));
}
