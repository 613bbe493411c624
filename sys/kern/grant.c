/*
 * grant.c: validation of memory grants and copies through them.
 *
 * A grant table lives in the granter's own memory (SYS_SETGRANT records
 * where); the kernel reads the entry it needs on every use, so a revoke
 * takes effect at once.  grant_verify() answers: may `grantee' access
 * [offset, offset + bytes) of grant `gid' of `granter' with `access'?  If
 * so it names the process and address the bytes really live at, following
 * indirect grants back to the memory's owner and checking each hop.
 *
 * Errors: a grant id that names no valid entry (out of the table, not
 * CPF_VALID, sequence mismatch, no table) is EINVAL; a valid grant that does
 * not cover the request (other grantee, access, range, a third-party grant
 * not allowed by the owner's record, too many hops) is EPERM; the granter
 * or an indirect source being gone is EDEADSRCDST; a bad local buffer or a
 * granter whose table is unreadable is EFAULT.
 *
 * A copy that meets a missing page (not mapped yet, or read-only for a
 * write) does not fail at once: if a VM runs, the caller is stopped, VM
 * gets a VM_PAGEFAULT with VMPF_KCOPY naming the process and page, and
 * when VM resumes the caller its kernel call starts over from the trap
 * instruction.  A second miss on the same page is EFAULT, so a page VM
 * cannot provide never loops.
 *
 * Entry points: grant_verify(), grant_copy(), grant_memset().
 */

#include "kernel.h"
#include "proc.h"
#include "vm.h"
#include "ipc.h"
#include "priv.h"
#include "grant.h"

#define GRANT_MAX_HOPS 8
#define KCALL_INSN_LEN 2 /* x86_64 `int $0x21', wound back to restart */

/* Read entry gid of p's table into *g. */
static int
grant_fetch(struct proc *p, cp_grant_id_t gid, cp_grant_t *g)
{
	unsigned idx;

	if (gid < 0 || p->p_ipc.pi_grant_tab == 0)
		return -EINVAL;
	idx = (unsigned)GRANT_IDX(gid);
	if (idx >= p->p_ipc.pi_grant_count)
		return -EINVAL;
	if (copyin(p, g, p->p_ipc.pi_grant_tab + idx * sizeof(*g),
		sizeof(*g)) != 0)
		return -EFAULT;
	if (!(g->cp_flags & CPF_VALID) ||
	    (int)(g->cp_seq & GRANT_SEQ_MASK) != GRANT_SEQ(gid))
		return -EINVAL;
	return 0;
}

/* Does [off, off + bytes) fit in a grant of length len? */
static int
range_ok(uint64_t off, uint64_t bytes, uint64_t len)
{
	return off <= len && bytes <= len - off;
}

/* May p's table hold third-party grants? */
static int
magic_allowed(const struct proc *p)
{
	return p->p_priv != NULL &&
	    (p->p_priv->pv_rec.pr_flags & PRF_MAGIC_GRANTS) != 0;
}

int
grant_verify(struct proc *granter, endpoint_t grantee, cp_grant_id_t gid,
    uint64_t offset, uint64_t bytes, int access, struct proc **ownerp,
    uintptr_t *addrp)
{
	struct proc *p = granter;
	cp_grant_t g;
	int hop, r;

	for (hop = 0; hop < GRANT_MAX_HOPS; hop++) {
		if ((r = grant_fetch(p, gid, &g)) != 0)
			return r;
		if (g.cp_who_to != grantee && g.cp_who_to != ANY)
			return -EPERM;
		if ((g.cp_flags & access) != (unsigned)access)
			return -EPERM;
		if (!range_ok(offset, bytes, g.cp_len))
			return -EPERM;
		switch (g.cp_flags & CPF_KIND) {
		case CPF_DIRECT:
			if (g.cp_start + offset < g.cp_start)
				return -EPERM;
			*ownerp = p;
			*addrp = (uintptr_t)(g.cp_start + offset);
			return 0;
		case CPF_MAGIC:
			if (!magic_allowed(p))
				return -EPERM;
			if ((r = ipc_ep_lookup(g.cp_who_from, ownerp)) != 0)
				return r;
			*addrp = (uintptr_t)(g.cp_start + offset);
			return 0;
		case CPF_INDIRECT:
			/* p passes on a grant it holds from cp_who_from. */
			grantee = p->p_endpoint;
			offset += g.cp_start;
			gid = g.cp_ref;
			if (offset < g.cp_start)
				return -EPERM;
			if ((r = ipc_ep_lookup(g.cp_who_from, &p)) != 0)
				return r;
			break;
		default:
			return -EINVAL;
		}
	}
	return -EPERM;
}

/* The first page of [a, a + n) of p that is missing for this access. */
static int
missing_page(struct proc *p, uintptr_t a, uint64_t n, int write, uintptr_t *vap)
{
	uintptr_t va;
	unsigned fl;
	paddr_t pa;

	if (n == 0 || a >= USER_TOP || n > USER_TOP - a)
		return 0;
	for (va = PAGE_ROUND_DOWN(a); va < a + n; va += PAGE_SIZE) {
		if (pt_lookup(p, va, &pa, &fl) != 0 ||
		    (write && !(fl & PT_WRITE))) {
			*vap = va;
			return 1;
		}
	}
	return 0;
}

/*
 * A copy for caller touching [a, a + n) of p failed.  Returns 0 if no page
 * of p is missing, -EDONTREPLY if VM was asked for one (the call restarts
 * later), -EFAULT if VM cannot be asked or already was for that page.
 */
static int
copy_fault(
    struct proc *caller, struct proc *p, uintptr_t a, uint64_t n, int write)
{
	struct proc_ipc *pi = &caller->p_ipc;
	uint32_t err = VMPF_KCOPY | VMPF_USER | (write ? VMPF_WRITE : 0);
	uintptr_t va;

	if (!missing_page(p, a, n, write, &va))
		return 0;
	if (pi->pi_memreq_ep == p->p_endpoint && pi->pi_memreq_va == va) {
		pi->pi_memreq_ep = NONE;
		return -EFAULT;
	}
	if (ipc_vm_fault(caller, p, va, err, 0) != 0)
		return -EFAULT;
	pi->pi_memreq_ep = p->p_endpoint;
	pi->pi_memreq_va = va;
	caller->p_ctx.rip -= KCALL_INSN_LEN;
	return -EDONTREPLY;
}

/* After a failed copy: ask VM for a missing page of either side. */
static int
copy_failed(struct proc *caller, struct proc *src, uintptr_t sa,
    struct proc *dst, uintptr_t da, uint64_t n)
{
	int r;

	if ((r = copy_fault(caller, src, sa, n, 0)) != 0)
		return r;
	if ((r = copy_fault(caller, dst, da, n, 1)) != 0)
		return r;
	return -EFAULT;
}

static int
grant_vcopy(struct proc *caller, struct proc *src, uintptr_t sa,
    struct proc *dst, uintptr_t da, uint64_t n)
{
	if (vcopy(src, sa, dst, da, n) != 0)
		return copy_failed(caller, src, sa, dst, da, n);
	caller->p_ipc.pi_memreq_ep = NONE;
	return 0;
}

/*
 * Copy between the caller's memory at addr and grant gid of granter.
 * `to_grant' says which way; the access needed follows from it.
 */
int
grant_copy(struct proc *caller, endpoint_t granter_ep, cp_grant_id_t gid,
    uint64_t offset, uintptr_t addr, uint64_t bytes, int to_grant)
{
	struct proc *granter, *owner;
	uintptr_t gaddr;
	int r;

	if ((r = ipc_ep_lookup(granter_ep, &granter)) != 0)
		return r;
	if ((r = grant_verify(granter, caller->p_endpoint, gid, offset, bytes,
		 to_grant ? CPF_WRITE : CPF_READ, &owner, &gaddr)) != 0)
		return r;
	if (bytes == 0)
		return 0;
	if (to_grant)
		return grant_vcopy(caller, caller, addr, owner, gaddr, bytes);
	return grant_vcopy(caller, owner, gaddr, caller, addr, bytes);
}

/* Fill bytes of grant gid of granter with pattern. */
int
grant_memset(struct proc *caller, endpoint_t granter_ep, cp_grant_id_t gid,
    uint64_t offset, int pattern, uint64_t bytes)
{
	struct proc *granter, *owner;
	uint8_t buf[256];
	uintptr_t gaddr;
	uint64_t n, done;
	int r;

	if ((r = ipc_ep_lookup(granter_ep, &granter)) != 0)
		return r;
	if ((r = grant_verify(granter, caller->p_endpoint, gid, offset, bytes,
		 CPF_WRITE, &owner, &gaddr)) != 0)
		return r;
	memset(buf, pattern, sizeof(buf));
	for (done = 0; done < bytes; done += n) {
		n = bytes - done < sizeof(buf) ? bytes - done : sizeof(buf);
		if (copyout(owner, gaddr + done, buf, (size_t)n) != 0) {
			r = copy_fault(caller, owner, gaddr, bytes, 1);
			return r != 0 ? r : -EFAULT;
		}
	}
	caller->p_ipc.pi_memreq_ep = NONE;
	return 0;
}
