/*
 * umap.c: SYS_UMAP, the physical address of a virtual range of a process
 * (drivers doing DMA).  The range must be mapped and physically contiguous;
 * see <minix/kcalls.h>.
 */

#include "kernel.h"
#include "proc.h"
#include "vm.h"
#include "system.h"
#include <minix/kcalls.h>

#define UMAP_MAX (4UL << 20) /* bytes per call */

int
do_umap(struct proc *caller, message *m)
{
	mess_lsys_krn_sys_umap *u = &m->m_lsys_krn_sys_umap;
	struct proc *p = kcall_target(caller, u->src_endpt);
	uint64_t va = u->src_addr, len = u->nr_bytes, off;
	paddr_t first, pa;

	if (p == NULL || u->segment != UMAP_VIRTUAL || len == 0 ||
	    len > UMAP_MAX || va >= USER_TOP || USER_TOP - va < len)
		return -EINVAL;
	if (pt_lookup(p, va, &first, NULL) != 0)
		return -EFAULT;
	for (off = PAGE_SIZE - (va & PAGE_MASK); off < len; off += PAGE_SIZE)
		if (pt_lookup(p, va + off, &pa, NULL) != 0 || pa != first + off)
			return -EFAULT;
	u->dst_addr = first;
	return 0;
}
