/*
 * mprotect.c: mprotect(2) on the host port: change page protection (PROT_*
 * agree).
 */

#include <sys/mman.h>

#include "linux.h"

int
mprotect(void *addr, size_t len, int prot)
{
	return (int)__linux_ret(__lsys3(LNR_mprotect, addr, len, prot));
}
