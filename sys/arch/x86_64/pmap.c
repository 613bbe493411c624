/*
 * pmap.c: x86_64 page tables.
 *
 * The kernel's own tables are the boot tables from start.S; after boot
 * only their upper half is used (the direct map at DIRECT_BASE and the
 * image at KERNBASE; kmem.c splits and protects both at pmap_init()).  Every
 * process has its own PML4 whose entries 256-511
 * are copies of the kernel's, so the kernel is mapped in every address
 * space and the lower half (below USER_TOP) is the process's own.
 *
 * User mappings are always 4 KiB pages.  A page the kernel allocated for a
 * process (boot-module image, stack) carries PTE_KOWN and is freed with the
 * address space; pages VM maps through pt_map() belong to VM.
 */

#include "kernel.h"
#include "proc.h"
#include "vm.h"
#include "cpufunc.h"
#include "x86.h"

extern uint64_t boot_pml4[512];
extern uint64_t boot_pdpt_low[512];

paddr_t direct_map_end = DIRECT_BOOT_SIZE;

static paddr_t kernel_pml4_pa;
static uint64_t nx_bit; /* PTE_NX when EFER.NXE is on */
/* CR3 as last loaded (reading CR3 costs a helper call under emulation). */
static paddr_t loaded_cr3;

/*
 * Translation cache for pt_user_kva(): per process slot, the leaf PTE of
 * the user page it copied at last.  IPC and kernel calls copy the same
 * message buffer again and again, and after each CR3 switch a four-level
 * walk touches four table pages through the direct map, each a TLB
 * refill (very costly under emulation).  Every change of a user PTE or of
 * a whole space goes through this file and forgets the owner's entry
 * (pt_map, pt_unmap, pt_free_space), so an entry always equals the PTE.
 */
struct tcache {
	paddr_t tc_pml4;   /* space of the entry, 0: none */
	uintptr_t tc_page; /* user page address */
	uint64_t tc_pte;   /* its PTE: present and user */
};
static struct tcache tcache[NR_SLOTS];

static void
tcache_forget(struct proc *p)
{
	tcache[p->p_slot].tc_pml4 = 0;
}

#define PML4_INDEX(va) (((va) >> 39) & 511)
#define PDPT_INDEX(va) (((va) >> 30) & 511)
#define PD_INDEX(va)   (((va) >> 21) & 511)
#define PT_INDEX(va)   (((va) >> 12) & 511)

/* Every CR3 load after boot goes through here (kmem.c only reloads). */
static void
set_cr3(paddr_t pa)
{
	lcr3(pa);
	loaded_cr3 = pa;
}

void
pmap_init(void)
{
	kernel_pml4_pa = (uintptr_t)boot_pml4 - KERNBASE;
	boot_pml4[0] = 0; /* the boot identity map is no longer needed */
	set_cr3(kernel_pml4_pa);
	if (rdmsr(MSR_EFER) & EFER_NXE)
		nx_bit = PTE_NX;
	kmem_protect();
	kmem_selfcheck();
}

/*
 * Extend the direct map (2 MiB pages, one new page directory per GiB) so
 * it covers RAM up to `end'.  The PDPT is shared by every address space,
 * so the new mappings are visible everywhere at once.
 */
void
pmap_extend_direct(paddr_t end)
{
	paddr_t gib, pa;
	uint64_t *pd;
	int i;

	if (end > DIRECT_MAX_SIZE)
		end = DIRECT_MAX_SIZE;
	for (gib = direct_map_end >> 30; gib << 30 < end; gib++) {
		if ((pa = pmem_alloc_page()) == PMEM_NONE)
			break;
		pd = PHYS_TO_VIRT(pa);
		for (i = 0; i < 512; i++)
			pd[i] = ((gib << 30) + ((paddr_t)i << 21)) | PTE_P |
			    PTE_W | PTE_PS;
		boot_pdpt_low[gib] = pa | PTE_P | PTE_W;
		direct_map_end = (gib + 1) << 30;
	}
}

static uint64_t *
table_of(uint64_t entry)
{
	return PHYS_TO_VIRT(entry & PTE_ADDR);
}

/* The PTE for va in p's space, making missing tables if create is set. */
static uint64_t *
pte_walk(struct proc *p, uintptr_t va, int create)
{
	static const int shifts[3] = { 39, 30, 21 };
	uint64_t *table = PHYS_TO_VIRT(p->p_pml4);
	uint64_t *e;
	paddr_t pa;
	int level;

	for (level = 0; level < 3; level++) {
		e = &table[(va >> shifts[level]) & 511];
		if ((*e & PTE_P) == 0) {
			if (!create || (pa = pmem_alloc_page()) == PMEM_NONE)
				return NULL;
			*e = pa | PTE_P | PTE_W | PTE_U;
		} else if (*e & PTE_PS) {
			return NULL;
		}
		table = table_of(*e);
	}
	return &table[PT_INDEX(va)];
}

int
pt_new_space(struct proc *p)
{
	uint64_t *pml4;
	paddr_t pa;

	if ((pa = pmem_alloc_page()) == PMEM_NONE)
		return -ENOMEM;
	pml4 = PHYS_TO_VIRT(pa);
	memcpy(&pml4[256], &boot_pml4[256], 256 * sizeof(uint64_t));
	p->p_pml4 = pa;
	tcache_forget(p);
	return 0;
}

static void
free_table(uint64_t *table, int level)
{
	int i;

	for (i = 0; i < 512; i++) {
		if ((table[i] & PTE_P) == 0)
			continue;
		if (level < 3)
			free_table(table_of(table[i]), level + 1);
		else if (table[i] & PTE_KOWN)
			pmem_free_page(table[i] & PTE_ADDR);
	}
	pmem_free_page((uintptr_t)table - DIRECT_BASE);
}

void
pt_free_space(struct proc *p)
{
	uint64_t *pml4;
	int i;

	if (p->p_pml4 == 0)
		return;
	if (loaded_cr3 == p->p_pml4)
		set_cr3(kernel_pml4_pa);
	pml4 = PHYS_TO_VIRT(p->p_pml4);
	for (i = 0; i < 256; i++)
		if (pml4[i] & PTE_P)
			free_table(table_of(pml4[i]), 1);
	pmem_free_page(p->p_pml4);
	p->p_pml4 = 0;
	tcache_forget(p);
}

static void
pt_flush(struct proc *p, uintptr_t va)
{
	if (loaded_cr3 == p->p_pml4)
		invlpg(va);
}

static int
user_page_ok(struct proc *p, uintptr_t va)
{
	return p->p_pml4 != 0 && (va & PAGE_MASK) == 0 && va < USER_TOP;
}

int
pt_map(struct proc *p, uintptr_t va, paddr_t pa, unsigned flags)
{
	uint64_t *pte;

	if (!user_page_ok(p, va) || (pa & PAGE_MASK) != 0 ||
	    (pa & ~PTE_ADDR) != 0)
		return -EINVAL;
	if ((pte = pte_walk(p, va, 1)) == NULL)
		return -ENOMEM;
	if ((*pte & (PTE_P | PTE_KOWN)) == (PTE_P | PTE_KOWN) &&
	    (*pte & PTE_ADDR) != pa)
		pmem_free_page(*pte & PTE_ADDR);
	tcache_forget(p);
	*pte = pa | PTE_P | PTE_U | ((flags & PT_WRITE) ? PTE_W : 0) |
	    ((flags & PT_EXEC) ? 0 : nx_bit) |
	    ((flags & PT_KOWNED) ? PTE_KOWN : 0);
	pt_flush(p, va);
	return 0;
}

int
pt_unmap(struct proc *p, uintptr_t va)
{
	uint64_t *pte;

	if (!user_page_ok(p, va))
		return -EINVAL;
	if ((pte = pte_walk(p, va, 0)) == NULL || (*pte & PTE_P) == 0)
		return -EFAULT;
	if (*pte & PTE_KOWN)
		pmem_free_page(*pte & PTE_ADDR);
	tcache_forget(p);
	*pte = 0;
	pt_flush(p, va);
	return 0;
}

int
pt_lookup(struct proc *p, uintptr_t va, paddr_t *pa, unsigned *flags)
{
	uint64_t *pte;

	if (p->p_pml4 == 0 || va >= USER_TOP)
		return -EFAULT;
	pte = pte_walk(p, PAGE_ROUND_DOWN(va), 0);
	if (pte == NULL || (*pte & (PTE_P | PTE_U)) != (PTE_P | PTE_U))
		return -EFAULT;
	if (pa != NULL)
		*pa = (*pte & PTE_ADDR) | (va & PAGE_MASK);
	if (flags != NULL)
		*flags = ((*pte & PTE_W) ? PT_WRITE : 0) |
		    ((*pte & nx_bit) && nx_bit ? 0 : PT_EXEC) |
		    ((*pte & PTE_KOWN) ? PT_KOWNED : 0);
	return 0;
}

/*
 * The leaf PTE of user address va of p, or 0 if a table on the way is
 * missing: the walk of pte_walk() without creating anything.
 */
static uint64_t
leaf_pte(struct proc *p, uintptr_t va)
{
	uint64_t e;

	e = ((uint64_t *)PHYS_TO_VIRT(p->p_pml4))[PML4_INDEX(va)];
	if ((e & PTE_P) == 0)
		return 0;
	e = table_of(e)[PDPT_INDEX(va)];
	if ((e & (PTE_P | PTE_PS)) != PTE_P)
		return 0;
	e = table_of(e)[PD_INDEX(va)];
	if ((e & (PTE_P | PTE_PS)) != PTE_P)
		return 0;
	return table_of(e)[PT_INDEX(va)];
}

/*
 * The direct-map address of user byte va of p, or NULL unless its page is
 * present and user-accessible (and writable if `write'): pt_lookup()
 * without the flag translation, for the copy loops.  Tables made by
 * pte_walk() are always user and writable, so the leaf decides, as in
 * pt_lookup().  The leaf comes from p's translation-cache entry when it
 * names the same page of the same space, else from a walk.
 */
void *
pt_user_kva(struct proc *p, uintptr_t va, int write)
{
	uint64_t need = PTE_P | PTE_U | (write ? PTE_W : 0);
	struct tcache *tc = &tcache[p->p_slot];
	uintptr_t page = PAGE_ROUND_DOWN(va);
	uint64_t pte;

	if (p->p_pml4 == 0 || va >= USER_TOP)
		return NULL;
	if (tc->tc_pml4 == p->p_pml4 && tc->tc_page == page) {
		pte = tc->tc_pte;
	} else {
		pte = leaf_pte(p, va);
		if ((pte & (PTE_P | PTE_U)) == (PTE_P | PTE_U)) {
			tc->tc_pml4 = p->p_pml4;
			tc->tc_page = page;
			tc->tc_pte = pte;
		}
	}
	if ((pte & need) != need)
		return NULL;
	return (char *)PHYS_TO_VIRT(pte & PTE_ADDR) + (va & PAGE_MASK);
}

void
pt_switch(struct proc *p)
{
	paddr_t want = p != NULL ? p->p_pml4 : kernel_pml4_pa;

	if (loaded_cr3 != want)
		set_cr3(want);
}
