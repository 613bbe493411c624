/*
 * t_fault.c: take one user-mode fault, chosen by the module name, and
 * report a failure if execution ever continues past it.  The kernel must
 * kill only this process; t_ctl checks that it is gone and that everyone
 * else still runs.  It faults only when t_ctl says so (a notification sent
 * after t_ctl has looked everybody up), so a slow machine cannot let it die
 * before t_ctl knows its endpoint.
 *	t_fault_ptr	write to an unmapped address (#PF)
 *	t_fault_kptr	read the kernel image (supervisor page, #PF)
 *	t_fault_hlt	hlt (privileged, #GP)
 *	t_fault_cli	cli with IOPL 0 (#GP)
 *	t_fault_ud	ud2 (#UD)
 *	t_fault_div	divide by zero (#DE)
 */

#include "ktest.h"
#include "ktipc.h"

static void
fault(const char *mode)
{
	if (strcmp(mode, "ptr") == 0)
		*(volatile int *)0xdead0000UL = 1;
	else if (strcmp(mode, "kptr") == 0)
		(void)*(volatile uint64_t *)0xffffffff80100000UL;
	else if (strcmp(mode, "hlt") == 0)
		__asm__ volatile("hlt");
	else if (strcmp(mode, "cli") == 0)
		__asm__ volatile("cli");
	else if (strcmp(mode, "ud") == 0)
		__asm__ volatile("ud2");
	else if (strcmp(mode, "div") == 0)
		__asm__ volatile("xorl %%ecx, %%ecx; divl %%ecx"
				 :
				 :
				 : "eax", "ecx", "edx");
}

int
main(const char *name)
{
	const char *mode = name + strlen("t_fault_");
	message m;

	if (strncmp(name, "t_fault_", 8) != 0) {
		kt_fail(name, "t_fault started under an unknown name");
		return 1;
	}
	if (kt_receive(ANY, &m) != 0) {
		kt_fail(name, "waiting for t_ctl's go-ahead failed");
		return 1;
	}
	fault(mode);
	kt_fail(name, "execution continued after the fault");
	for (;;)
		continue;
}
