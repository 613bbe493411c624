/*
 * pmem.c: the physical page allocator.
 *
 * Boot code first declares reserved ranges (kernel image, boot
 * information, modules, low memory), then adds the usable RAM ranges from
 * the loader's memory map; every 4 KiB page of usable RAM that touches no
 * reserved range goes on a free list threaded through the pages themselves
 * (reached through the direct map).  Pages beyond the direct map are
 * ignored; kmain adds RAM above 4 GiB once pmap_extend_direct() has
 * mapped it.  Allocation and freeing are O(1); pages come back zeroed.
 */

#include "kernel.h"
#include "vm.h"

#define MAX_RESERVED 96

struct range {
	paddr_t start, end;
};

static struct range reserved[MAX_RESERVED];
static int nreserved;
static paddr_t free_head; /* PMEM_NONE: empty */
static uint64_t nfree;

void
pmem_reserve(paddr_t start, paddr_t end)
{
	if (nreserved >= MAX_RESERVED)
		panic(
		    "pmem_reserve: more than %d reserved ranges", MAX_RESERVED);
	reserved[nreserved].start = PAGE_ROUND_DOWN(start);
	reserved[nreserved].end = PAGE_ROUND_UP(end);
	nreserved++;
}

static int
is_reserved(paddr_t pa)
{
	int i;

	if (pa == 0)
		return 1;
	for (i = 0; i < nreserved; i++)
		if (pa >= reserved[i].start && pa < reserved[i].end)
			return 1;
	return 0;
}

void
pmem_add_free(paddr_t start, paddr_t end)
{
	paddr_t pa;

	start = PAGE_ROUND_UP(start);
	end = PAGE_ROUND_DOWN(end);
	if (end > direct_map_end)
		end = direct_map_end;
	for (pa = start; pa < end; pa += PAGE_SIZE)
		if (!is_reserved(pa))
			pmem_free_page(pa);
}

void
pmem_init_done(void)
{
	kprintf("pmem: %lu KiB free in %lu pages\n", nfree * 4, nfree);
	if (nfree == 0)
		panic("pmem_init_done: no free memory");
}

paddr_t
pmem_alloc_page(void)
{
	paddr_t pa = free_head;

	if (pa == PMEM_NONE)
		return PMEM_NONE;
	free_head = *(paddr_t *)PHYS_TO_VIRT(pa);
	nfree--;
	memset(PHYS_TO_VIRT(pa), 0, PAGE_SIZE);
	return pa;
}

void
pmem_free_page(paddr_t pa)
{
	KASSERT((pa & PAGE_MASK) == 0 && pa != 0 && pa < direct_map_end);
	*(paddr_t *)PHYS_TO_VIRT(pa) = free_head;
	free_head = pa;
	nfree++;
}

uint64_t
pmem_free_pages(void)
{
	return nfree;
}
