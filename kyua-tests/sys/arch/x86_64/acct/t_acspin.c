/*
 * t_acspin.c: a process that only spins in user mode; t_acct measures
 * the time the kernel charges to it.
 */

#include "ktest.h"

int
main(const char *name)
{
	volatile uint64_t counter = 0;

	(void)name;
	for (;;)
		counter++;
}
