/*
 * t_hfault.c: touches two pages nobody mapped.  The first fault goes to
 * t_hvm1, which dies with it; t_hnewvm gets it again when it registers as
 * VM and maps the page; the second fault goes straight to t_hnewvm.
 */

#include "h_util.h"

int
main(const char *name)
{
	volatile uint64_t *a = (volatile uint64_t *)FAULT_VA1;
	volatile uint64_t *b = (volatile uint64_t *)FAULT_VA2;

	(void)name;
	*a = 0x1234abcdUL;
	*b = 0x5678ef01UL;
	kt_check("vmdeath_faulter_completed",
	    *a == 0x1234abcdUL && *b == 0x5678ef01UL, "read back %lx, %lx", *a,
	    *b);
	return 0;
}
