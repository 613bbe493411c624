/*
 * t_as_b.c: address-space separation, second half (see t_as_a.c).  After
 * checking its own page at 0x10000000 it reads 0x20000000, mapped only in
 * t_as_a: that must kill it (t_ctl checks it is gone).
 */

#include "ktest.h"

#define PATTERN 0xbbbbbbbbbbbbbbbbULL

volatile uint64_t shared[512]
    __attribute__((section(".kt_shared"))) = { 0x3333 };

int
main(const char *name)
{
	int i;

	(void)name;
	if (shared[0] != 0x3333) {
		kt_fail("as_separate_b", "initial data %lx", shared[0]);
		for (;;)
			continue;
	}
	for (i = 0; i < 512; i++)
		shared[i] = PATTERN;
	kt_wait_ticks(30);
	for (i = 0; i < 512; i++)
		if (shared[i] != PATTERN) {
			kt_fail("as_separate_b", "word %d changed to %lx", i,
			    shared[i]);
			for (;;)
				continue;
		}
	kt_pass("as_separate_b");
	(void)*(volatile uint64_t *)0x20000000UL;
	kt_fail("as_unmapped", "t_as_b read t_as_a's page at 0x20000000");
	for (;;)
		continue;
}
