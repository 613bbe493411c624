/*
 * t_ring3.c: a boot module really runs in ring 3 (CPL 3 in CS) with I/O
 * privilege level 0, so port I/O and cli would trap.
 */

#include "ktest.h"

int
main(const char *name)
{
	uint16_t cs;
	uint64_t rflags;

	(void)name;
	__asm__ volatile("mov %%cs, %0" : "=r"(cs));
	__asm__ volatile("pushfq; popq %0" : "=r"(rflags));
	if ((cs & 3) != 3)
		kt_fail("ring3", "CPL is %d, not 3", cs & 3);
	else if ((rflags >> 12) & 3)
		kt_fail("ring3", "IOPL is %d, not 0", (int)(rflags >> 12) & 3);
	else if ((rflags & 0x200) == 0)
		kt_fail("ring3", "interrupts are off in user mode");
	else
		kt_pass("ring3");
	return 0;
}
