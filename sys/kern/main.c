/*
 * main.c: kmain(), the kernel's C entry point (called from start.S in long
 * mode on the boot stack), and shutdown().
 *
 * Order: console and banner first (so even an early panic is visible),
 * boot information, physical memory, page tables, CPU tables, process
 * table, boot modules, timer; then the scheduler takes over for good.
 */

#include "kernel.h"
#include "proc.h"
#include "arch.h"
#include "vm.h"

extern char _kern_start[], _kern_end[];
void kmain(uint32_t, uint32_t) __noreturn;
void boot_load_modules(void);

static void
pmem_setup(void)
{
	const struct mem_range_info *r;
	paddr_t top = 0;
	int i;

	pmem_reserve(0, 0x100000); /* BIOS data, EBDA, ROMs */
	pmem_reserve(
	    (uintptr_t)_kern_start - KERNBASE, (uintptr_t)_kern_end - KERNBASE);
	for (i = 0; i < boot_info.bi_nmem; i++) {
		r = &boot_info.bi_mem[i];
		pmem_add_free(r->mri_start, r->mri_end);
		top = r->mri_end > top ? r->mri_end : top;
	}
	/* RAM above the boot direct map, once it is mapped. */
	pmap_extend_direct(top);
	for (i = 0; i < boot_info.bi_nmem; i++) {
		r = &boot_info.bi_mem[i];
		if (r->mri_end > DIRECT_BOOT_SIZE)
			pmem_add_free(r->mri_start > DIRECT_BOOT_SIZE
				? r->mri_start
				: DIRECT_BOOT_SIZE,
			    r->mri_end);
	}
	pmem_init_done();
}

void
kmain(uint32_t magic, uint32_t info_pa)
{
	struct cpu *c = &cpus[0];

	cons_init();
	kprintf("\nBulkhead 0.1 (amd64) microkernel booting\n");
	mb_parse(magic, info_pa);
	pmem_setup();
	pmap_init();
	sched_init_cpu(c, 0);
	arch_init(c);
	proc_init();
	boot_load_modules();
	arch_cpu_start(c);
	kprintf("kernel: %d process(es), starting the scheduler\n",
	    proc_live_count());
	sched_run();
}

void
shutdown(int code)
{
	kprintf("kernel: shutting down (%s)\n",
	    code == SHUTDOWN_SUCCESS ? "success" : "failure");
	arch_debug_exit(code);
	arch_halt();
}
