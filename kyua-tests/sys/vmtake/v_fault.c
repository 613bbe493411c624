/*
 * v_fault.c: touches two pages nobody mapped.  The first fault reaches
 * the old VM (v_old), is re-sent to v_new when it registers and is
 * resolved by v_new only; the second goes straight to v_new.
 */

#include "v_util.h"

int
main(const char *name)
{
	volatile uint64_t *a = (volatile uint64_t *)FAULT_VA1;
	volatile uint64_t *b = (volatile uint64_t *)FAULT_VA2;

	(void)name;
	*a = 0x1122334455667788UL;
	*b = 0x99aabbccddeeff00UL;
	kt_check("vmtake_faulter_completed",
	    *a == 0x1122334455667788UL && *b == 0x99aabbccddeeff00UL,
	    "read back %lx, %lx", *a, *b);
	return 0;
}
