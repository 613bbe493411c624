/*
 * c_vm.c: VM and controller of the translation-cache test boot.
 *
 * pmap.c caches, per slot, the last user page a copy translated; pt_map,
 * pt_unmap, pt_new_space and pt_free_space must forget it.  Each test
 * first has c_peer copy through c_owner's (or c_dead's) grant, so the
 * cache holds the granter's page, then changes the page tables behind it
 * without the granter making a kernel call, then copies again:
 *
 *	remap		the page becomes c_vm's own page np (VMCTL_MAP of its
 *			physical address): the copy reads np's words and a
 *			copy-to lands in np
 *	write-protect	np mapped read-only: a copy-to faults to VM (then
 *			EFAULT), a copy-from still works
 *	unmap		the copy fails with EFAULT at once (the grant table
 *			is in that page, and a missing table is no fault for
 *			VM to serve); mapped again, it works
 *	unmap, magic	the same through c_vm's magic grant (the table is in
 *			c_vm): the copy faults to VM, which maps np again
 *	slot reuse	c_dead is killed, c_owner forked into its slot (same
 *			page-table root, empty space, receiving into the same
 *			address): a message to the child must be EFAULT
 */

#include "c_util.h"

struct copy_res {
	long r;
	uint64_t word;
	int faults;
	uint64_t fault_addr;
	uint32_t fault_err;
	endpoint_t fault_target;
};

static endpoint_t owner, dead, peer, self_ep;
static uintptr_t own_va, dead_va;
static cp_grant_id_t own_gid, dead_gid;
static struct cpage np; /* the page c_vm maps into c_owner */
static uint64_t np_pa;

/* A copy fault: note it; map np there if fix; resume the copier. */
static void
serve_fault(const mess_krn_vm_pagefault *pf, int fix, struct copy_res *cr)
{
	cr->faults++;
	cr->fault_addr = pf->addr;
	cr->fault_err = pf->err;
	cr->fault_target = pf->target;
	if (fix)
		kt_vmctl(pf->target, VMCTL_MAP, pf->addr & ~0xfffUL, np_pa,
		    VMCTL_F_WRITE);
	kt_vmctl(pf->endpt, VMCTL_CLEAR_PAGEFAULT, 0, 0, 0);
}

/* Have c_peer copy one word (op C_FROM/C_TO) through grant gid of g. */
static void
copy(int op, endpoint_t g, cp_grant_id_t gid, uint64_t val, int fix,
    struct copy_res *cr)
{
	message m = c_words(op, (uint64_t)g, (uint64_t)gid, C_OFF, val);

	memset(cr, 0, sizeof(*cr));
	kt_send(peer, &m);
	while (kt_receive(ANY, &m) == 0) {
		if (m.m_source == KERNEL && m.m_type == VM_PAGEFAULT)
			serve_fault(&m.m_krn_vm_pagefault, fix, cr);
		else if (m.m_source == peer && m.m_u64.m_u64[0] == C_DONE)
			break;
	}
	cr->r = (long)m.m_u64.m_u64[1];
	cr->word = m.m_u64.m_u64[2];
}

/* Take ep's C_READY; wait until it sits in RECEIVE again. */
static void
ready(endpoint_t ep, uintptr_t *va, cp_grant_id_t *gid)
{
	struct kinfo_proc kp;
	message m;
	int i;

	if (kt_receive(ep, &m) != 0 || m.m_u64.m_u64[0] != C_READY)
		kt_printf("c_vm: no C_READY from %d\n", ep);
	*va = m.m_u64.m_u64[1];
	*gid = (cp_grant_id_t)m.m_u64.m_u64[2];
	for (i = 0; i < 500; i++) {
		memset(&kp, 0, sizeof(kp));
		kt_proc_state(ep, &kp);
		if (kp.kp_state & KPS_RECEIVING)
			return;
		kt_sleep_ticks(1);
	}
	kt_printf("c_vm: %d never waits in RECEIVE\n", ep);
}

/* np: a copy of c_owner's page layout with other words; its address. */
static void
own_page(void)
{
	struct mem_range mr;
	message m;
	long r1, r2;

	c_grant_fill(&np, own_va, PAT_VM);
	memset(&m, 0, sizeof(m));
	m.m_type = SYS_UMAP;
	m.m_lsys_krn_sys_umap.src_endpt = SELF;
	m.m_lsys_krn_sys_umap.segment = UMAP_VIRTUAL;
	m.m_lsys_krn_sys_umap.src_addr = (uintptr_t)&np;
	m.m_lsys_krn_sys_umap.nr_bytes = sizeof(np);
	r1 = kt_kcall(&m);
	np_pa = m.m_lsys_krn_sys_umap.dst_addr;
	mr.mr_base = np_pa;
	mr.mr_limit = np_pa + sizeof(np) - 1;
	r2 = kt_privctl(SELF, SYS_PRIV_ADD_MEM, &mr);
	kt_check("tcache_own_phys", r1 == 0 && r2 == 0 && np_pa != 0,
	    "umap %ld, add_mem %ld, pa %lx", r1, r2, np_pa);
}

static void
test_remap(void)
{
	struct copy_res cr;
	long r;

	copy(C_FROM, owner, own_gid, 0, 0, &cr);
	kt_check("tcache_first_copy", cr.r == 0 && cr.word == (PAT_OWNER | 40),
	    "r %ld word %lx", cr.r, cr.word);
	r = kt_vmctl(owner, VMCTL_MAP, own_va, np_pa, VMCTL_F_WRITE);
	copy(C_FROM, owner, own_gid, 0, 0, &cr);
	kt_check("tcache_remap_new_content",
	    r == 0 && cr.r == 0 && cr.word == (PAT_VM | 40),
	    "map %ld, copy %ld, word %lx", r, cr.r, cr.word);
	copy(C_TO, owner, own_gid, 0xfeed, 0, &cr);
	kt_check("tcache_remap_write", cr.r == 0 && np.data[40] == 0xfeed,
	    "copy %ld, np word %lx", cr.r, np.data[40]);
	np.data[40] = PAT_VM | 40;
}

static void
test_protect_unmap(void)
{
	struct copy_res cr;
	long r;

	r = kt_vmctl(owner, VMCTL_MAP, own_va, np_pa, 0);
	copy(C_TO, owner, own_gid, 0xbad, 0, &cr);
	kt_check("tcache_readonly_write_faults",
	    r == 0 && cr.faults >= 1 && cr.fault_target == owner &&
		(cr.fault_addr & ~0xfffUL) == own_va &&
		(cr.fault_err & VMPF_WRITE) && cr.r == -EFAULT_ &&
		np.data[40] == (PAT_VM | 40),
	    "map %ld, faults %d at %lx of %d, err %x, copy %ld, word %lx", r,
	    cr.faults, cr.fault_addr, cr.fault_target, cr.fault_err, cr.r,
	    np.data[40]);
	copy(C_FROM, owner, own_gid, 0, 0, &cr);
	kt_check("tcache_readonly_read",
	    cr.r == 0 && cr.faults == 0 && cr.word == (PAT_VM | 40),
	    "copy %ld, faults %d, word %lx", cr.r, cr.faults, cr.word);
	r = kt_vmctl(owner, VMCTL_UNMAP, own_va, 4096, 0);
	copy(C_FROM, owner, own_gid, 0, 1, &cr);
	kt_check("tcache_unmap_efault",
	    r == 0 && cr.faults == 0 && cr.r == -EFAULT_,
	    "unmap %ld, faults %d at %lx of %d, copy %ld, word %lx", r,
	    cr.faults, cr.fault_addr, cr.fault_target, cr.r, cr.word);
	r = kt_vmctl(owner, VMCTL_MAP, own_va, np_pa, VMCTL_F_WRITE);
	copy(C_FROM, owner, own_gid, 0, 0, &cr);
	kt_check("tcache_unmap_remapped",
	    r == 0 && cr.r == 0 && cr.word == (PAT_VM | 40),
	    "map %ld, copy %ld, word %lx", r, cr.r, cr.word);
}

/*
 * c_vm's own grant 0, a magic grant of c_owner's data words: the table is
 * read from c_vm's memory, so c_owner's cache entry (its page) survives
 * from one copy to the next, and a copy after VMCTL_UNMAP of that page
 * must be a fault handed to VM, not a read through the old entry.
 */
static void
test_magic_unmap(void)
{
	static cp_grant_t mg[1];
	static struct priv_rec rec;
	struct copy_res cr;
	long r1, r2, r3;

	r1 = kt_privctl(SELF, SYS_PRIV_QUERY, &rec);
	rec.pr_flags |= PRF_MAGIC_GRANTS;
	r2 = kt_privctl(SELF, SYS_PRIV_SET_SYS, &rec);
	mg[0].cp_flags = CPF_MAGIC | CPF_READ | CPF_USED | CPF_VALID;
	mg[0].cp_seq = 1;
	mg[0].cp_who_to = peer;
	mg[0].cp_who_from = owner;
	mg[0].cp_start = own_va + __builtin_offsetof(struct cpage, data);
	mg[0].cp_len = sizeof(np.data);
	r3 = kt_setgrant(mg, 1);
	copy(C_FROM, self_ep, GRANT_ID(0, 1), 0, 0, &cr);
	kt_check("tcache_magic_copy",
	    r1 == 0 && r2 == 0 && r3 == 0 && cr.r == 0 &&
		cr.word == (PAT_VM | 40),
	    "query %ld, set %ld, setgrant %ld, copy %ld, word %lx", r1, r2, r3,
	    cr.r, cr.word);
	r1 = kt_vmctl(owner, VMCTL_UNMAP, own_va, 4096, 0);
	copy(C_FROM, self_ep, GRANT_ID(0, 1), 0, 1, &cr);
	kt_check("tcache_magic_unmap_faults",
	    r1 == 0 && cr.faults == 1 && cr.fault_target == owner &&
		(cr.fault_addr & ~0xfffUL) == own_va,
	    "unmap %ld, faults %d at %lx of %d", r1, cr.faults, cr.fault_addr,
	    cr.fault_target);
	kt_check("tcache_magic_unmap_resolved",
	    cr.r == 0 && cr.word == (PAT_VM | 40), "copy %ld, word %lx", cr.r,
	    cr.word);
}

static long
exit_proc(endpoint_t ep)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = SYS_EXIT;
	m.m_lsys_krn_endpt.endpt = ep;
	return kt_kcall(&m);
}

static long
fork_into(endpoint_t parent, int slot, endpoint_t *child)
{
	message m;
	long r;

	memset(&m, 0, sizeof(m));
	m.m_type = SYS_FORK;
	m.m_lsys_krn_sys_fork.endpt = parent;
	m.m_lsys_krn_sys_fork.slot = slot;
	r = kt_kcall(&m);
	*child = m.m_krn_lsys_sys_fork.endpt;
	return r;
}

static void
test_slot_reuse(void)
{
	uint64_t root_dead = 0, root_child = 0;
	struct copy_res cr;
	struct kinfo_proc kp;
	endpoint_t child = NONE;
	message m;
	long r;

	copy(C_FROM, dead, dead_gid, 0, 0, &cr);
	kt_check("tcache_dead_copy", cr.r == 0 && cr.word == (PAT_DEAD | 40),
	    "copy %ld, word %lx", cr.r, cr.word);
	memset(&m, 0, sizeof(m));
	m.m_type = SYS_VMCTL;
	m.m_lsys_krn_sys_vmctl.endpt = dead;
	m.m_lsys_krn_sys_vmctl.param = VMCTL_GET_PDBR;
	kt_kcall(&m);
	root_dead = m.m_lsys_krn_sys_vmctl.value;
	r = exit_proc(dead);
	kt_check("tcache_dead_exit", r == 0 && kt_proc_state(dead, &kp) == -102,
	    "exit %ld", r);
	r = fork_into(owner, _ENDPOINT_P(dead), &child);
	kt_check("tcache_fork_slot",
	    r == 0 && _ENDPOINT_P(child) == _ENDPOINT_P(dead) && child != dead,
	    "fork %ld, child %d", r, child);
	memset(&m, 0, sizeof(m));
	m.m_type = SYS_VMCTL;
	m.m_lsys_krn_sys_vmctl.endpt = child;
	m.m_lsys_krn_sys_vmctl.param = VMCTL_GET_PDBR;
	kt_kcall(&m);
	root_child = m.m_lsys_krn_sys_vmctl.value;
	kt_check("tcache_fork_same_root", root_child == root_dead,
	    "root %lx, the dead one's %lx", root_child, root_dead);
	/* The child receives into dead_va's page, which it does not have. */
	m = c_words(7, 0, 0, 0, 0);
	r = kt_sendnb(child, &m);
	kt_check("tcache_fork_no_stale", r == -EFAULT_ && own_va == dead_va,
	    "send %ld (page %lx, dead's %lx)", r, own_va, dead_va);
	exit_proc(child);
}

int
main(const char *name)
{
	(void)name;
	owner = kt_lookup("c_owner");
	dead = kt_lookup("c_dead");
	peer = kt_lookup("c_peer");
	self_ep = kt_lookup("vm");
	ready(owner, &own_va, &own_gid);
	ready(dead, &dead_va, &dead_gid);
	own_page();
	test_remap();
	test_protect_unmap();
	test_magic_unmap();
	test_slot_reuse();
	kt_abort(0x10);
	return 0;
}
