/*
 * t_badseg.c: linked by badseg.ld with its data in kernel space, so the
 * kernel must refuse to load it.  If it ever runs, it says so.
 */

#include "ktest.h"

/* Never referenced from code: it only has to exist, in kernel space. */
__attribute__((used)) static volatile uint64_t in_kernel_space = 0x6b6b6b6b;

int
main(const char *name)
{
	(void)name;
	kt_fail("elf_badseg_skipped", "t_badseg was loaded and ran");
	for (;;)
		continue;
}
