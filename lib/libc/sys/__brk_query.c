/*
 * __brk_query.c: the current break, asked of VM (VM_BRK with address 0),
 * for sbrk(2) in lib/libc/gen; NULL with errno if VM fails.
 */

#include <stdint.h>

#include "libc_private.h"
#include "sys_private.h"

int __vm_call(int, uint64_t, uint64_t, int, int, int, int64_t, uint64_t *);

char *
__brk_query(void)
{
	uint64_t cur;

	if (__vm_call(VM_BRK, 0, 0, 0, 0, -1, 0, &cur) < 0)
		return NULL;
	return (char *)(uintptr_t)cur;
}
