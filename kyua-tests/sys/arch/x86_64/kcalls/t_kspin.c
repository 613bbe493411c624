/*
 * t_kspin.c: a spinner t_kc stops, resumes, reschedules, forks and finally
 * re-executes at exec_target (a fixed address, .kt_exec at 0x12000000),
 * which checks the rdi that SYS_EXEC passed.
 */

#include "ktest.h"

#define EXEC_ARG 0xfeedUL

__attribute__((section(".kt_exec"), used)) void
exec_target(uint64_t arg)
{
	if (arg == EXEC_ARG)
		kt_pass("exec_entry");
	else
		kt_fail("exec_entry", "rdi is %lx, not %lx", arg, EXEC_ARG);
	for (;;)
		continue;
}

int
main(const char *name)
{
	volatile uint64_t counter = 0;

	(void)name;
	for (;;)
		counter++;
}
