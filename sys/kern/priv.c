/*
 * priv.c: privilege records and the checks made against them.
 *
 * priv_table[0] is the record every user process shares: SENDREC only, to
 * the servers (PM, VFS, VM, RS, DS), and no kernel calls.  Every other
 * record belongs to one system process.  Boot processes get theirs from the
 * privilege id of the boot-image table (priv_init_boot()); RS makes and
 * changes records with SYS_PRIVCTL (calls/privctl.c).
 */

#include "kernel.h"
#include "proc.h"
#include "ipc.h"
#include "priv.h"
#include "system.h"

static struct priv priv_table[NR_PRIVS];

#define ALL_PRIMS                                                              \
	(IPC_PRIM_BIT(SEND) | IPC_PRIM_BIT(RECEIVE) | IPC_PRIM_BIT(SENDREC) |  \
	    IPC_PRIM_BIT(NOTIFY) | IPC_PRIM_BIT(SENDNB) |                      \
	    IPC_PRIM_BIT(SENDA) | IPC_PRIM_BIT(REPLYRECV))

static void
rec_user(struct priv_rec *r)
{
	static const endpoint_t servers[] = { PM_PROC_NR, VFS_PROC_NR,
		VM_PROC_NR, RS_PROC_NR, DS_PROC_NR };
	size_t i;

	memset(r, 0, sizeof(*r));
	r->pr_trap_mask = IPC_PRIM_BIT(SENDREC);
	for (i = 0; i < __arraycount(servers); i++)
		PRIV_BIT_SET(r->pr_ipc_to, _ENDPOINT_P(servers[i]));
}

static void
rec_sys(struct priv_rec *r)
{
	memset(r, 0, sizeof(*r));
	r->pr_flags = PRF_SYS_PROC | PRF_ALL_IPC | PRF_ALL_CALLS;
	r->pr_trap_mask = ALL_PRIMS;
}

static void
rec_add_io(struct priv_rec *r, uint32_t base, uint32_t limit)
{
	r->pr_io[r->pr_nr_io].ior_base = base;
	r->pr_io[r->pr_nr_io].ior_limit = limit;
	r->pr_nr_io++;
}

/*
 * A limited test record: IPC to every slot, but no SENDA, and only the
 * kernel calls a test needs to report and to use grants.
 */
static void
rec_test_limited(struct priv_rec *r)
{
	static const int calls[] = { SYS_DIAGCTL, SYS_ABORT, SYS_GETINFO,
		SYS_SETGRANT, SYS_SAFECOPYFROM, SYS_SAFECOPYTO, SYS_DEVIO };
	size_t i;

	rec_sys(r);
	r->pr_flags &= ~PRF_ALL_CALLS;
	r->pr_trap_mask &= ~IPC_PRIM_BIT(SENDA);
	for (i = 0; i < __arraycount(calls); i++)
		PRIV_BIT_SET(r->pr_kcalls, SYS_CALL_INDEX(calls[i]));
	rec_add_io(r, 0x80, 0x80);
}

/* Fill in the record of a boot privilege id. */
static void
rec_boot(struct priv_rec *r, int id)
{
	switch (id) {
	case PRIV_ID_VFS:
		rec_sys(r);
		r->pr_flags |= PRF_MAGIC_GRANTS;
		break;
	case PRIV_ID_DRIVER:
		rec_sys(r);
		rec_add_io(r, 0, 0xffff);
		r->pr_irq[r->pr_nr_irq++] = -1; /* any line */
		break;
	case PRIV_ID_TTY:
		rec_sys(r);
		rec_add_io(r, 0x3f8, 0x3ff);
		r->pr_irq[r->pr_nr_irq++] = 4;
		break;
	case PRIV_ID_TEST:
		rec_sys(r);
		rec_add_io(r, 0x80, 0x8f);
		rec_add_io(r, 0x70, 0x71); /* CMOS RTC, for IRQ tests */
		r->pr_irq[r->pr_nr_irq++] = -1;
		break;
	case PRIV_ID_TEST_LIMITED:
		rec_test_limited(r);
		break;
	default:
		rec_sys(r);
		break;
	}
}

void
priv_init(void)
{
	int i;

	for (i = 0; i < NR_PRIVS; i++) {
		priv_table[i].pv_id = i;
		priv_table[i].pv_refs = 0;
	}
	rec_user(&priv_table[0].pv_rec);
	priv_table[0].pv_refs = 1; /* never freed */
}

static struct priv *
priv_alloc(void)
{
	int i;

	if (priv_table[0].pv_refs == 0)
		priv_init();
	for (i = 1; i < NR_PRIVS; i++) {
		if (priv_table[i].pv_refs == 0) {
			priv_table[i].pv_refs = 1;
			return &priv_table[i];
		}
	}
	return NULL;
}

void
priv_release(struct proc *p)
{
	struct priv *pv = p->p_priv;

	p->p_priv = NULL;
	if (pv != NULL && pv->pv_id != 0 && pv->pv_refs > 0)
		pv->pv_refs--;
}

void
priv_set_user(struct proc *p)
{
	priv_release(p);
	if (priv_table[0].pv_refs == 0)
		priv_init();
	p->p_priv = &priv_table[0];
}

/* Give p its own record, a copy of r.  -ENOMEM if none is left. */
int
priv_set_sys(struct proc *p, const struct priv_rec *r)
{
	struct priv *pv;

	if (p->p_priv != NULL && p->p_priv->pv_id != 0) {
		p->p_priv->pv_rec = *r;
		return 0;
	}
	if ((pv = priv_alloc()) == NULL)
		return -ENOMEM;
	pv->pv_rec = *r;
	p->p_priv = pv;
	return 0;
}

/*
 * Boot modules missing from the boot-image table are test programs (the
 * in-QEMU kernel tests and benchmarks).  Their names choose the record:
 * "ktu_*" the shared user record, "ktl_*" the limited test record, anything
 * else PRIV_ID_TEST.  A real system lists every boot module in table.c.
 */
static int
has_prefix(const char *s, const char *pre)
{
	size_t n = strlen(pre);

	return strlen(s) >= n && memcmp(s, pre, n) == 0;
}

static int
unlisted_module_priv(const char *name)
{
	if (has_prefix(name, "ktu_"))
		return PRIV_ID_USER;
	if (has_prefix(name, "ktl_"))
		return PRIV_ID_TEST_LIMITED;
	return PRIV_ID_TEST;
}

/*
 * Test programs with PRIV_ID_TEST answer user processes (the user-privilege
 * test reports through them), so the shared record may SENDREC to them.
 */
static void
user_may_call(int slot)
{
	PRIV_BIT_SET(priv_table[0].pv_rec.pr_ipc_to, slot);
}

void
priv_init_boot(struct proc *p, int id)
{
	struct priv_rec r;

	if (priv_table[0].pv_refs == 0)
		priv_init();
	if (boot_image_lookup(p->p_name) == NULL)
		id = unlisted_module_priv(p->p_name);
	if (id == PRIV_ID_TEST)
		user_may_call(p->p_slot);
	if (id == PRIV_ID_USER || id < 0 || id >= NR_BOOT_PRIVS) {
		priv_set_user(p);
		return;
	}
	rec_boot(&r, id);
	if (priv_set_sys(p, &r) != 0)
		panic("priv_init_boot: out of privilege records for %s",
		    p->p_name);
}

/* A forked child shares the user record or gets a copy of a system one. */
void
priv_inherit(struct proc *child, const struct proc *parent)
{
	if (parent->p_priv == NULL || parent->p_priv->pv_id == 0 ||
	    priv_set_sys(child, &parent->p_priv->pv_rec) != 0)
		priv_set_user(child);
}

/* The kernel-call bitmap check of system.c (idx = SYS_CALL_INDEX). */
int
kcall_allowed(struct proc *caller, int idx)
{
	return priv_may_kcall(caller, idx + KERNEL_CALL);
}

static const struct priv_rec *
rec_of(const struct proc *p)
{
	if (p->p_priv == NULL)
		return NULL;
	return &p->p_priv->pv_rec;
}

int
priv_may_trap(const struct proc *p, int prim)
{
	const struct priv_rec *r = rec_of(p);

	return r != NULL && (r->pr_trap_mask & IPC_PRIM_BIT(prim)) != 0;
}

int
priv_may_send(const struct proc *p, int slot)
{
	const struct priv_rec *r = rec_of(p);

	if (r == NULL || slot < 0 || slot >= NR_SLOTS)
		return 0;
	return (r->pr_flags & PRF_ALL_IPC) || PRIV_BIT_TEST(r->pr_ipc_to, slot);
}

int
priv_may_kcall(const struct proc *p, int type)
{
	const struct priv_rec *r = rec_of(p);
	int i = SYS_CALL_INDEX(type);

	if (r == NULL || i < 0 || i >= NR_SYS_CALLS)
		return 0;
	return (r->pr_flags & PRF_ALL_CALLS) || PRIV_BIT_TEST(r->pr_kcalls, i);
}

int
priv_is_sys(const struct proc *p)
{
	const struct priv_rec *r = rec_of(p);

	return r != NULL && (r->pr_flags & PRF_SYS_PROC) != 0;
}

/* May p touch ports [port, port + size)? */
int
priv_io_ok(const struct proc *p, uint32_t port, unsigned size)
{
	const struct priv_rec *r = rec_of(p);
	uint32_t last = port + size - 1;
	unsigned i;

	if (r == NULL || size == 0 || last < port || last > 0xffff)
		return 0;
	for (i = 0; i < r->pr_nr_io && i < NR_IO_RANGE; i++)
		if (port >= r->pr_io[i].ior_base &&
		    last <= r->pr_io[i].ior_limit)
			return 1;
	return 0;
}

int
priv_irq_ok(const struct proc *p, int irq)
{
	const struct priv_rec *r = rec_of(p);
	unsigned i;

	if (r == NULL)
		return 0;
	for (i = 0; i < r->pr_nr_irq && i < NR_IRQ_LINES; i++)
		if (r->pr_irq[i] == irq || r->pr_irq[i] == -1)
			return 1;
	return 0;
}

/* May p reach physical bytes [base, base + len)? */
int
priv_mem_ok(const struct proc *p, uint64_t base, uint64_t len)
{
	const struct priv_rec *r = rec_of(p);
	uint64_t last = base + len - 1;
	unsigned i;

	if (r == NULL || len == 0 || last < base)
		return 0;
	for (i = 0; i < r->pr_nr_mem && i < NR_MEM_RANGE; i++)
		if (base >= r->pr_mem[i].mr_base &&
		    last <= r->pr_mem[i].mr_limit)
			return 1;
	return 0;
}
