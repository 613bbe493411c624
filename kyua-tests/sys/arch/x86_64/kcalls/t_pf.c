/*
 * t_pf.c: page faults served by a VM process (t_vm, booted as "vm").
 * Touching 0x30000000.. (inside t_vm's region) must give zero-filled,
 * writable pages; touching 0x50000000 (outside) must end this process.
 */

#include "ktest.h"

#define REGION	0x30000000UL
#define OUTSIDE 0x50000000UL

int
main(const char *name)
{
	volatile uint64_t *p = (volatile uint64_t *)REGION;
	int i;

	(void)name;
	for (i = 0; i < 1024; i += 256)
		if (p[i] != 0) {
			kt_fail("pf_zero_page", "word %d is %lx", i, p[i]);
			return 1;
		}
	for (i = 0; i < 1024; i++)
		p[i] = 0x5050505050505050ULL + i;
	for (i = 0; i < 1024; i++)
		if (p[i] != 0x5050505050505050ULL + i) {
			kt_fail("pf_zero_page", "word %d reads %lx", i, p[i]);
			return 1;
		}
	kt_pass("pf_zero_page");
	(void)*(volatile uint64_t *)OUTSIDE;
	kt_fail(
	    "pf_outside_region", "t_pf continued after touching %lx", OUTSIDE);
	for (;;)
		continue;
}
