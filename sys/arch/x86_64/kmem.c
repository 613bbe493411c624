/*
 * kmem.c: protections of the kernel's own memory.
 *
 * The boot tables map the kernel image and the direct map with writable,
 * executable 2 MiB pages.  kmem_protect() replaces the 2 MiB pages that
 * hold the image by 4 KiB pages: .text r-x, .rodata r-- NX, .data and .bss
 * rw- NX, and no page at all for the guard page under every kernel stack.
 * The direct map becomes NX, and its alias of .text and .rodata read-only.
 * kmem_selfcheck() then walks the live page tables and prints the result
 * lines kmem_wx and kmem_guard that the foundation test boot expects.
 */

#include "kernel.h"
#include "proc.h"
#include "vm.h"
#include "cpufunc.h"
#include "x86.h"

#define LARGE_SIZE 0x200000UL

extern uint64_t boot_pml4[512];
extern uint64_t boot_pdpt_low[512];
extern uint64_t boot_pdpt_high[512];
extern char _kern_start[], _kern_rodata_start[], _kern_data_start[];
extern char _kern_end[], boot_stack_guard[];
extern uint8_t kstacks[MAX_CPUS][GUARD_SIZE + KSTACK_SIZE];
extern uint8_t iststacks[MAX_CPUS][GUARD_SIZE + ISTSTACK_SIZE];

static uint64_t kmem_nx;

static const char kmem_sample[] = "rodata sample";

static uint64_t *
table_of_entry(uint64_t entry)
{
	return PHYS_TO_VIRT(entry & PTE_ADDR);
}

/* Is va in the guard page under one of the kernel stacks? */
int
kmem_guard_page(uintptr_t va)
{
	int i;

	va &= ~(uintptr_t)(GUARD_SIZE - 1);
	if (va == (uintptr_t)boot_stack_guard)
		return 1;
	for (i = 0; i < MAX_CPUS; i++)
		if (va == (uintptr_t)kstacks[i] ||
		    va == (uintptr_t)iststacks[i])
			return 1;
	return 0;
}

/* The 4 KiB PTE for the kernel-image page at va. */
static uint64_t
image_pte(uintptr_t va)
{
	paddr_t pa = va - KERNBASE;

	if (kmem_guard_page(va))
		return 0;
	if (va >= (uintptr_t)_kern_start && va < (uintptr_t)_kern_rodata_start)
		return pa | PTE_P;
	if (va >= (uintptr_t)_kern_rodata_start &&
	    va < (uintptr_t)_kern_data_start)
		return pa | PTE_P | kmem_nx;
	return pa | PTE_P | PTE_W | kmem_nx;
}

/* The direct map's PTE for physical page pa: no code, no writable text. */
static uint64_t
alias_pte(paddr_t pa)
{
	uintptr_t va = pa + KERNBASE;

	if (va >= (uintptr_t)_kern_start && va < (uintptr_t)_kern_data_start)
		return pa | PTE_P | kmem_nx;
	return pa | PTE_P | PTE_W | kmem_nx;
}

/* A page table for the 2 MiB at base, each entry from fn(base + i*4K). */
static paddr_t
split_large(uintptr_t base, uint64_t (*fn)(uintptr_t))
{
	uint64_t *pt;
	paddr_t pa;
	int i;

	if ((pa = pmem_alloc_page()) == PMEM_NONE)
		panic("kmem: no page for a kernel page table");
	pt = PHYS_TO_VIRT(pa);
	for (i = 0; i < 512; i++)
		pt[i] = fn(base + (uintptr_t)i * PAGE_SIZE);
	return pa;
}

void
kmem_protect(void)
{
	size_t nlarge, i, gib;
	uint64_t *pd, *kpd;
	paddr_t pa;

	if (rdmsr(MSR_EFER) & EFER_NXE)
		kmem_nx = PTE_NX;
	nlarge =
	    ((uintptr_t)_kern_end - KERNBASE + LARGE_SIZE - 1) / LARGE_SIZE;
	/* The image's first GiB gets its own page directory. */
	if ((pa = pmem_alloc_page()) == PMEM_NONE)
		panic("kmem: no page for the kernel page directory");
	kpd = PHYS_TO_VIRT(pa);
	pd = table_of_entry(boot_pdpt_high[510]);
	for (i = 0; i < 512; i++)
		kpd[i] = i < nlarge
		    ? split_large(KERNBASE + i * LARGE_SIZE, image_pte) |
			PTE_P | PTE_W
		    : pd[i] | kmem_nx;
	boot_pdpt_high[510] = pa | PTE_P | PTE_W;
	/* The direct map: NX everywhere, the image's alias split. */
	for (gib = 0; gib < direct_map_end >> 30; gib++) {
		pd = table_of_entry(boot_pdpt_low[gib]);
		for (i = 0; i < 512; i++)
			pd[i] |= kmem_nx;
	}
	pd = table_of_entry(boot_pdpt_low[0]);
	for (i = 0; i < nlarge; i++)
		pd[i] = split_large(i * LARGE_SIZE, alias_pte) | PTE_P | PTE_W;
	lcr3(rcr3());
}

/*
 * The effective rights of va in the live tables: PTE_P if every level is
 * present, PTE_W if every level allows writes, PTE_NX if any level forbids
 * execution.
 */
static uint64_t
kmem_rights(uintptr_t va)
{
	static const int shifts[4] = { 39, 30, 21, 12 };
	uint64_t *table = PHYS_TO_VIRT(rcr3() & PTE_ADDR);
	uint64_t e, w = PTE_W, nx = 0;
	int level;

	for (level = 0; level < 4; level++) {
		e = table[(va >> shifts[level]) & 511];
		if ((e & PTE_P) == 0)
			return 0;
		w &= e;
		nx |= e & PTE_NX;
		if (level == 3 || (level > 0 && (e & PTE_PS)))
			break;
		table = table_of_entry(e);
	}
	return PTE_P | w | nx;
}

/* Does va have rights `want' (of P, W, NX)?  If not, say so. */
static int
kmem_expect(const char *test, const char *what, uintptr_t va, uint64_t want)
{
	uint64_t have = kmem_rights(va);

	if (kmem_nx == 0)
		want &= ~PTE_NX;
	have &= PTE_P | PTE_W | kmem_nx;
	if (have == want)
		return 1;
	kprintf("FAIL %s: %s at %lx is %c%c%c\n", test, what, va,
	    (have & PTE_P) ? 'r' : '-', (have & PTE_W) ? 'w' : '-',
	    (have & PTE_P) && !(have & PTE_NX) ? 'x' : '-');
	return 0;
}

static int
kmem_check_wx(void)
{
	const uint64_t rx = PTE_P, ro = PTE_P | PTE_NX;
	const uint64_t rw = PTE_P | PTE_W | PTE_NX;
	uintptr_t text = (uintptr_t)kmem_protect;
	uintptr_t rod = (uintptr_t)kmem_sample, data = (uintptr_t)&kmem_nx;
	uintptr_t dend = (uintptr_t)_kern_end - 1;
	const char *t = "kmem_wx";

	if ((rcr0() & CR0_WP) == 0) {
		kprintf("FAIL kmem_wx: CR0.WP is off\n");
		return 0;
	}
	return kmem_expect(t, "text start", (uintptr_t)_kern_start, rx) &&
	    kmem_expect(t, "text", text, rx) &&
	    kmem_expect(t, "text end", (uintptr_t)_kern_rodata_start - 1, rx) &&
	    kmem_expect(t, "rodata", (uintptr_t)_kern_rodata_start, ro) &&
	    kmem_expect(t, "rodata", rod, ro) &&
	    kmem_expect(t, "rodata end", (uintptr_t)_kern_data_start - 1, ro) &&
	    kmem_expect(t, "data", (uintptr_t)_kern_data_start, rw) &&
	    kmem_expect(t, "data", (uintptr_t)&direct_map_end, rw) &&
	    kmem_expect(t, "bss", data, rw) &&
	    kmem_expect(t, "bss end", dend, rw) &&
	    kmem_expect(t, "text alias", text - KERNBASE + DIRECT_BASE, ro) &&
	    kmem_expect(t, "rodata alias", rod - KERNBASE + DIRECT_BASE, ro) &&
	    kmem_expect(t, "bss alias", data - KERNBASE + DIRECT_BASE, rw) &&
	    kmem_expect(t, "direct map", DIRECT_BASE + 0xc0000000UL, rw);
}

/* The guard page at g is unmapped and the stack above it is rw-. */
static int
kmem_check_one_guard(const char *what, uintptr_t g)
{
	return kmem_expect("kmem_guard", what, g, 0) &&
	    kmem_expect("kmem_guard", what, g + GUARD_SIZE - 1, 0) &&
	    kmem_expect(
		"kmem_guard", what, g + GUARD_SIZE, PTE_P | PTE_W | PTE_NX);
}

static int
kmem_check_guard(void)
{
	int i;

	if (!kmem_check_one_guard("boot stack", (uintptr_t)boot_stack_guard))
		return 0;
	for (i = 0; i < MAX_CPUS; i++)
		if (!kmem_check_one_guard(
			"kernel stack", (uintptr_t)kstacks[i]) ||
		    !kmem_check_one_guard(
			"double-fault stack", (uintptr_t)iststacks[i]))
			return 0;
	return 1;
}

void
kmem_selfcheck(void)
{
	if (kmem_check_wx())
		kprintf("PASS kmem_wx\n");
	if (kmem_check_guard())
		kprintf("PASS kmem_guard\n");
}
