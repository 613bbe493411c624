/*
 * t_as_a.c: address-space separation, first half.  t_as_a and t_as_b
 * both have a page at 0x10000000 (.kt_shared) with different initial
 * contents; each fills it with its own pattern, waits while the other runs,
 * and checks it still sees exactly its own.  Only t_as_a has a page at
 * 0x20000000 (.kt_private); t_as_b must fault when touching it.
 */

#include "ktest.h"

#define PATTERN 0xaaaaaaaaaaaaaaaaULL

volatile uint64_t shared[512]
    __attribute__((section(".kt_shared"))) = { 0x1111 };
volatile uint64_t private[512]
    __attribute__((section(".kt_private"))) = { 0x2222 };

int
main(const char *name)
{
	int i;

	(void)name;
	if (shared[0] != 0x1111 || private[0] != 0x2222) {
		kt_fail("as_separate_a", "initial data %lx %lx", shared[0],
		    private[0]);
		return 1;
	}
	for (i = 0; i < 512; i++)
		shared[i] = private[i] = PATTERN;
	kt_wait_ticks(30);
	for (i = 0; i < 512; i++)
		if (shared[i] != PATTERN || private[i] != PATTERN) {
			kt_fail("as_separate_a", "word %d changed to %lx", i,
			    shared[i]);
			return 1;
		}
	kt_pass("as_separate_a");
	return 0;
}
