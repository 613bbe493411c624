/*
 * kt_pf.c: takes a page fault (a write to an unmapped address) for
 * kt_vm to receive as VM_PAGEFAULT.  It never runs past the fault.
 */

#include "ktest.h"

int
main(const char *name)
{
	volatile uint64_t *p = (volatile uint64_t *)0x30000008UL;

	(void)name;
	*p = 42;
	kt_printf("FAIL pagefault_to_vm_message: kt_pf ran past its fault\n");
	return 1;
}
