/*
 * kt_grant.c: grant tests of the IPC controller.  kt_ipc is the granter
 * (table gt[], memory gdata[]); peers a and b use the grants with
 * SAFECOPY, SAFEMEMSET and VSAFECOPY on our command and report the result.
 */

#include "kt_ctl.h"

#define NGRANT 8

static cp_grant_t gt[NGRANT];
static uint8_t gdata[256];

static int
same(const void *a, const void *b, size_t n)
{
	const uint8_t *x = a, *y = b;

	while (n-- > 0)
		if (*x++ != *y++)
			return 0;
	return 1;
}

static cp_grant_id_t
mkgrant(int i, endpoint_t to, unsigned flags, uintptr_t start, uint64_t len)
{
	gt[i].cp_seq++;
	gt[i].cp_flags = flags | CPF_VALID | CPF_USED;
	gt[i].cp_who_to = to;
	gt[i].cp_who_from = NONE;
	gt[i].cp_start = start;
	gt[i].cp_len = len;
	return GRANT_ID(i, gt[i].cp_seq);
}

/* Ask peer p to do a grant operation; returns its result, data in *m. */
static long
pcopy(endpoint_t p, endpoint_t granter, cp_grant_id_t gid, uint64_t off,
    uint64_t n, int op, uint64_t val, message *m)
{
	int r;

	r = cmd(p, P_COPY, m, 6, (uint64_t)granter, (uint64_t)(long)gid, off, n,
	    (uint64_t)op, val);
	return r != 0 ? r : (long)m->m_u64.m_u64[0];
}

static void
t_direct(void)
{
	cp_grant_id_t g1, g2;
	message m;
	long r;

	g1 = mkgrant(1, ep.a, CPF_DIRECT | CPF_READ, (uintptr_t)gdata, 64);
	r = pcopy(ep.a, ep.self, g1, 0, 32, COPY_FROM, 0, &m);
	kt_check("grant_direct_read",
	    r == 0 && same(&m.m_u64.m_u64[2], gdata, 32), "r %ld", r);
	g2 = mkgrant(
	    2, ep.a, CPF_DIRECT | CPF_READ | CPF_WRITE, (uintptr_t)gdata, 64);
	r = pcopy(ep.a, ep.self, g2, 8, 8, COPY_TO, 0xab, &m);
	kt_check("grant_direct_write",
	    r == 0 && gdata[8] == 0xab && gdata[15] == 0xab &&
		gdata[16] == 16 && gdata[7] == 7,
	    "r %ld bytes %x %x %x", r, gdata[7], gdata[8], gdata[16]);
	expect("grant_memset_out_of_range",
	    pcopy(ep.a, ep.self, g2, 62, 4, COPY_MEMSET, 0x5a, &m), EPERM_);
	expect("grant_write_out_of_range",
	    pcopy(ep.a, ep.self, g2, 64, 1, COPY_TO, 0x5a, &m), EPERM_);
	r = pcopy(ep.a, ep.self, g2, 0, 4, COPY_MEMSET, 0x5a, &m);
	kt_check("grant_memset",
	    r == 0 && gdata[0] == 0x5a && gdata[3] == 0x5a && gdata[4] == 4,
	    "r %ld", r);
	r = pcopy(ep.a, ep.self, g1, 0, 32, COPY_VFROM, 0, &m);
	kt_check("grant_vsafecopy",
	    r == 0 && same(&m.m_u64.m_u64[2], gdata, 32), "r %ld", r);
	r = pcopy(ep.a, ep.self, g1, 0, 0, COPY_FROM, 0, &m);
	expect("grant_zero_bytes", r, 0);
}

static void
t_refused(void)
{
	cp_grant_id_t g1 = GRANT_ID(1, gt[1].cp_seq), old;
	message m;

	expect("grant_wrong_grantee",
	    pcopy(ep.b, ep.self, g1, 0, 8, COPY_FROM, 0, &m), EPERM_);
	expect("grant_out_of_range",
	    pcopy(ep.a, ep.self, g1, 60, 8, COPY_FROM, 0, &m), EPERM_);
	expect("grant_too_long",
	    pcopy(ep.a, ep.self, g1, 0, 65, COPY_FROM, 0, &m), EPERM_);
	expect("grant_offset_overflow",
	    pcopy(ep.a, ep.self, g1, ~0ULL, 2, COPY_FROM, 0, &m), EPERM_);
	expect("grant_readonly_write",
	    pcopy(ep.a, ep.self, g1, 0, 8, COPY_TO, 1, &m), EPERM_);
	expect("grant_readonly_memset",
	    pcopy(ep.a, ep.self, g1, 0, 8, COPY_MEMSET, 1, &m), EPERM_);
	expect("grant_vsafecopy_wrong_grantee",
	    pcopy(ep.b, ep.self, g1, 0, 8, COPY_VFROM, 0, &m), EPERM_);
	gt[1].cp_flags &= ~CPF_VALID;
	expect("grant_revoked",
	    pcopy(ep.a, ep.self, g1, 0, 8, COPY_FROM, 0, &m), EINVAL_);
	old = g1;
	g1 = mkgrant(1, ep.a, CPF_DIRECT | CPF_READ, (uintptr_t)gdata, 64);
	expect("grant_reused_slot_old_id",
	    pcopy(ep.a, ep.self, old, 0, 8, COPY_FROM, 0, &m), EINVAL_);
	expect("grant_reused_slot_new_id",
	    pcopy(ep.a, ep.self, g1, 0, 8, COPY_FROM, 0, &m), 0);
	expect("grant_bad_id_negative",
	    pcopy(ep.a, ep.self, -5, 0, 8, COPY_FROM, 0, &m), EINVAL_);
	expect("grant_bad_id_index",
	    pcopy(ep.a, ep.self, GRANT_ID(100, 1), 0, 8, COPY_FROM, 0, &m),
	    EINVAL_);
	expect("grant_bad_granter",
	    pcopy(ep.a, NONE, g1, 0, 8, COPY_FROM, 0, &m), EINVAL_);
	expect("grant_dead_granter",
	    pcopy(ep.a, ep.x, g1, 0, 8, COPY_FROM, 0, &m), EDEADSRCDST_);
	expect("grant_no_table",
	    kt_safecopy(SYS_SAFECOPYFROM, ep.c, 0, 0, gdata + 128, 8), EINVAL_);
}

/* The caller's own buffer is checked too. */
static void
t_local_buffer(void)
{
	cp_grant_id_t g3;

	g3 = mkgrant(3, ep.self, CPF_DIRECT | CPF_READ | CPF_WRITE,
	    (uintptr_t)gdata, 64);
	expect("grant_self_copy",
	    kt_safecopy(SYS_SAFECOPYFROM, ep.self, g3, 0, gdata + 128, 16), 0);
	expect("grant_local_unmapped",
	    kt_safecopy(SYS_SAFECOPYFROM, ep.self, g3, 0, (void *)UNMAPPED, 16),
	    EFAULT_);
	expect("grant_local_kernel",
	    kt_safecopy(
		SYS_SAFECOPYTO, ep.self, g3, 0, (void *)KERNEL_ADDR, 16),
	    EFAULT_);
	gt[3].cp_start = UNMAPPED;
	expect("grant_granted_unmapped",
	    kt_safecopy(SYS_SAFECOPYFROM, ep.self, g3, 0, gdata, 16), EFAULT_);
	gt[3].cp_start = (uintptr_t)gdata;
}

/* a passes its grant on to b, narrowed; b can never get more. */
static void
t_indirect(void)
{
	cp_grant_id_t g4, g5, ig;
	message m;
	long r;
	int i;

	for (i = 0; i < 256; i++)
		gdata[i] = (uint8_t)i;
	g4 = mkgrant(
	    4, ep.a, CPF_DIRECT | CPF_READ | CPF_WRITE, (uintptr_t)gdata, 100);
	cmd(ep.a, P_SETGRANT, &m, 6, (uint64_t)ep.b, (uint64_t)ep.self,
	    (uint64_t)(long)g4, 10, 10, (uint64_t)CPF_READ);
	ig = (cp_grant_id_t)m.m_u64.m_u64[1];
	r = pcopy(ep.b, ep.a, ig, 0, 10, COPY_FROM, 0, &m);
	kt_check("grant_indirect_read",
	    r == 0 && ((uint8_t *)&m.m_u64.m_u64[2])[0] == 10 &&
		((uint8_t *)&m.m_u64.m_u64[2])[9] == 19,
	    "r %ld", r);
	expect("grant_indirect_narrow_access",
	    pcopy(ep.b, ep.a, ig, 0, 4, COPY_TO, 1, &m), EPERM_);
	expect("grant_indirect_narrow_range",
	    pcopy(ep.b, ep.a, ig, 5, 10, COPY_FROM, 0, &m), EPERM_);
	expect("grant_indirect_wrong_grantee",
	    pcopy(ep.c, ep.a, ig, 0, 4, COPY_FROM, 0, &m), EPERM_);

	g5 = mkgrant(5, ep.a, CPF_DIRECT | CPF_READ, (uintptr_t)gdata, 16);
	cmd(ep.a, P_SETGRANT, &m, 6, (uint64_t)ep.b, (uint64_t)ep.self,
	    (uint64_t)(long)g5, 0, 64, (uint64_t)(CPF_READ | CPF_WRITE));
	ig = (cp_grant_id_t)m.m_u64.m_u64[1];
	expect("grant_indirect_no_widen_access",
	    pcopy(ep.b, ep.a, ig, 0, 4, COPY_TO, 1, &m), EPERM_);
	expect("grant_indirect_no_widen_range",
	    pcopy(ep.b, ep.a, ig, 0, 32, COPY_FROM, 0, &m), EPERM_);
	expect("grant_indirect_within",
	    pcopy(ep.b, ep.a, ig, 0, 16, COPY_FROM, 0, &m), 0);

	/* a re-grants a grant that was never given to a. */
	g5 = mkgrant(5, ep.c, CPF_DIRECT | CPF_READ, (uintptr_t)gdata, 16);
	cmd(ep.a, P_SETGRANT, &m, 6, (uint64_t)ep.b, (uint64_t)ep.self,
	    (uint64_t)(long)g5, 0, 16, (uint64_t)CPF_READ);
	ig = (cp_grant_id_t)m.m_u64.m_u64[1];
	expect("grant_indirect_not_holder",
	    pcopy(ep.b, ep.a, ig, 0, 4, COPY_FROM, 0, &m), EPERM_);
}

/* Third-party grants need PRF_MAGIC_GRANTS in the owner's record. */
static void
t_magic(void)
{
	struct priv_rec rec;
	cp_grant_id_t g7;
	message m;
	long r;

	g7 = mkgrant(7, ep.b, CPF_MAGIC | CPF_READ, 0x400000, 16);
	gt[7].cp_who_from = ep.a;
	expect("grant_magic_denied",
	    pcopy(ep.b, ep.self, g7, 0, 8, COPY_FROM, 0, &m), EPERM_);
	if (kt_privctl(SELF, SYS_PRIV_QUERY, &rec) != 0) {
		kt_fail("grant_magic_allowed", "PRIVCTL query failed");
		return;
	}
	rec.pr_flags |= PRF_MAGIC_GRANTS;
	kt_privctl(SELF, SYS_PRIV_SET_SYS, &rec);
	r = pcopy(ep.b, ep.self, g7, 0, 8, COPY_FROM, 0, &m);
	kt_check(
	    "grant_magic_allowed", r == 0 && m.m_u64.m_u64[2] != 0, "r %ld", r);
	rec.pr_flags &= ~PRF_MAGIC_GRANTS;
	kt_privctl(SELF, SYS_PRIV_SET_SYS, &rec);
	expect("grant_magic_revoked_priv",
	    pcopy(ep.b, ep.self, g7, 0, 8, COPY_FROM, 0, &m), EPERM_);
}

/*
 * Grants over memory that is not mapped yet: the copy asks VM (kt_vm) for
 * the page and finishes once VM maps it; outside VM's region it fails.
 */
static void
t_copy_fault(void)
{
	volatile uint64_t *lazy = (volatile uint64_t *)0x31000000UL;
	cp_grant_id_t g6;
	message m;
	long r;

	g6 = mkgrant(
	    6, ep.a, CPF_DIRECT | CPF_READ | CPF_WRITE, 0x31000000UL, 8192);
	r = pcopy(ep.a, ep.self, g6, 8, 16, COPY_TO, 0x77, &m);
	kt_check("grant_copy_fault_resolved",
	    r == 0 && lazy[1] == 0x7777777777777777ULL && lazy[2] == lazy[1] &&
		lazy[3] == 0,
	    "r %ld", r);
	r = pcopy(ep.a, ep.self, g6, 4096, 16, COPY_FROM, 0, &m);
	kt_check("grant_copy_fault_read",
	    r == 0 && m.m_u64.m_u64[2] == 0 && m.m_u64.m_u64[3] == 0, "r %ld",
	    r);
	r = pcopy(ep.a, ep.self, g6, 4090, 4, COPY_MEMSET, 0x11, &m);
	kt_check("grant_memset_fault_ok",
	    r == 0 && ((volatile uint8_t *)lazy)[4093] == 0x11, "r %ld", r);
	gt[6].cp_start = 0x32000000UL; /* outside VM's region */
	expect("grant_copy_fault_refused",
	    pcopy(ep.a, ep.self, g6, 0, 8, COPY_FROM, 0, &m), EFAULT_);
	expect("grant_memset_fault_refused",
	    pcopy(ep.a, ep.self, g6, 0, 8, COPY_MEMSET, 0, &m), EFAULT_);
}

static void
t_bad_calls(void)
{
	struct vscp_vec v[2];
	message m;

	expect(
	    "setgrant_too_big", kt_setgrant(gt, GRANT_TABLE_MAX + 1), EINVAL_);
	expect("setgrant_kernel_addr",
	    kt_setgrant((cp_grant_t *)KERNEL_ADDR, 4), EFAULT_);
	memset(&m, 0, sizeof(m));
	m.m_type = SYS_VSAFECOPY;
	m.m_lsys_krn_sys_vsafecopy.vec_addr = (uintptr_t)v;
	m.m_lsys_krn_sys_vsafecopy.vec_size = 0;
	expect("vsafecopy_zero", kcall_m(&m), EINVAL_);
	m.m_lsys_krn_sys_vsafecopy.vec_size = VSCP_VEC_MAX + 1;
	expect("vsafecopy_too_many", kcall_m(&m), EINVAL_);
	m.m_lsys_krn_sys_vsafecopy.vec_size = 2;
	m.m_lsys_krn_sys_vsafecopy.vec_addr = UNMAPPED;
	expect("vsafecopy_bad_vector", kcall_m(&m), EFAULT_);
	memset(v, 0, sizeof(v));
	v[0].v_from = v[0].v_to = SELF;
	m.m_lsys_krn_sys_vsafecopy.vec_addr = (uintptr_t)v;
	expect("vsafecopy_self_to_self", kcall_m(&m), EINVAL_);
	memset(&m, 0, sizeof(m));
	m.m_type = SYS_SAFEMEMSET;
	m.m_lsys_krn_sys_safememset.ep = BAD_EP;
	expect("safememset_bad_ep", kcall_m(&m), EINVAL_);
	expect("setgrant_clear", kt_setgrant(NULL, 0), 0);
	expect("grant_after_clear",
	    pcopy(ep.a, ep.self, GRANT_ID(1, gt[1].cp_seq), 0, 8, COPY_FROM, 0,
		&m),
	    EINVAL_);
}

void
grant_tests(void)
{
	int i;

	for (i = 0; i < 256; i++)
		gdata[i] = (uint8_t)i;
	if (!expect("setgrant", kt_setgrant(gt, NGRANT), 0))
		return;
	t_direct();
	t_refused();
	t_local_buffer();
	t_indirect();
	t_magic();
	t_copy_fault();
	t_bad_calls();
}
