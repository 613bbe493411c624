/*
 * kt_kcalls.c: kernel-call tests of the IPC controller: SYS_PRIVCTL
 * (records change what a process may do), SYS_GETINFO, SYS_KILL with
 * SYS_GETKSIG/SYS_ENDKSIG, and bad input to each.
 */

#include "kt_ctl.h"

static long
ksig_call(int type, endpoint_t e, endpoint_t *who, uint64_t *set)
{
	message m;
	long r;

	memset(&m, 0, sizeof(m));
	m.m_type = type;
	m.m_lsys_krn_endpt.endpt = e;
	r = kcall_m(&m);
	if (who != NULL)
		*who = m.m_lsys_krn_endpt.endpt;
	if (set != NULL)
		*set = m.m_lsys_krn_endpt.sigset;
	return r;
}

static void
t_privctl_bad(void)
{
	static struct priv_rec rec;

	expect("privctl_query_self", kt_privctl(SELF, SYS_PRIV_QUERY, &rec), 0);
	kt_check("privctl_self_is_sys", (rec.pr_flags & PRF_SYS_PROC) != 0,
	    "flags %#x", rec.pr_flags);
	expect("privctl_bad_request", kt_privctl(SELF, 99, &rec), EINVAL_);
	expect("privctl_bad_endpoint", kt_privctl(BAD_EP, SYS_PRIV_QUERY, &rec),
	    EINVAL_);
	expect("privctl_dead_endpoint", kt_privctl(ep.x, SYS_PRIV_QUERY, &rec),
	    EDEADSRCDST_);
	expect("privctl_query_badptr",
	    kt_privctl(SELF, SYS_PRIV_QUERY, (void *)KERNEL_ADDR), EFAULT_);
	expect("privctl_set_badptr",
	    kt_privctl(ep.c, SYS_PRIV_SET_SYS, (void *)UNMAPPED), EFAULT_);
	rec.pr_nr_io = NR_IO_RANGE + 1;
	expect("privctl_set_invalid_count",
	    kt_privctl(ep.c, SYS_PRIV_SET_SYS, &rec), EINVAL_);
	rec.pr_nr_io = 0;
	rec.pr_trap_mask |= 1u << 12;
	expect("privctl_set_invalid_trap",
	    kt_privctl(ep.c, SYS_PRIV_SET_SYS, &rec), EINVAL_);
	expect("privctl_add_io_user",
	    kt_privctl(ep.user, SYS_PRIV_ADD_IO, &rec), EPERM_);
}

/* Change b's record, check b feels it, and put it back. */
static void
t_privctl_effect(void)
{
	static struct priv_rec orig, rec;
	message m;
	long r;

	if (kt_privctl(ep.b, SYS_PRIV_QUERY, &orig) != 0) {
		kt_fail("privctl_ipc_to", "query failed");
		return;
	}
	rec = orig;
	rec.pr_flags &= ~(uint32_t)PRF_ALL_IPC;
	memset(rec.pr_ipc_to, 0, sizeof(rec.pr_ipc_to));
	PRIV_BIT_SET(rec.pr_ipc_to, _ENDPOINT_P(ep.self));
	kt_privctl(ep.b, SYS_PRIV_SET_SYS, &rec);
	memset(&m, 0, sizeof(m));
	m.m_type = P_SENDREC_TO;
	m.m_u64.m_u64[0] = (uint64_t)ep.a;
	kt_send(ep.b, &m);
	r = recv(ep.b, &m);
	kt_check("privctl_ipc_to",
	    r == 0 && (long)m.m_u64.m_u64[0] == ECALLDENIED_,
	    "r %ld result %ld", r, (long)m.m_u64.m_u64[0]);

	rec = orig;
	rec.pr_trap_mask &= ~IPC_PRIM_BIT(NOTIFY);
	kt_privctl(ep.b, SYS_PRIV_SET_SYS, &rec);
	r = cmd(ep.b, P_NOTIFY_N, &m, 2, (uint64_t)ep.self, 1);
	kt_check("privctl_trap_mask",
	    r == 0 && (long)m.m_u64.m_u64[0] == ETRAPDENIED_,
	    "r %ld result %ld", r, (long)m.m_u64.m_u64[0]);

	rec = orig;
	rec.pr_flags &= ~(uint32_t)PRF_ALL_CALLS;
	memset(rec.pr_kcalls, 0, sizeof(rec.pr_kcalls));
	kt_privctl(ep.b, SYS_PRIV_SET_SYS, &rec);
	r = cmd(ep.b, P_COPY, &m, 6, (uint64_t)ep.self, 0, 0, 8,
	    (uint64_t)COPY_FROM, 0);
	kt_check("privctl_kcall_mask",
	    r == 0 && (long)m.m_u64.m_u64[0] == ECALLDENIED_,
	    "r %ld result %ld", r, (long)m.m_u64.m_u64[0]);
	expect("privctl_restore", kt_privctl(ep.b, SYS_PRIV_SET_SYS, &orig), 0);
	r = cmd(ep.b, P_NOTIFY_N, &m, 2, (uint64_t)ep.self, 1);
	kt_check("privctl_restored", r == 0 && m.m_u64.m_u64[0] == 0,
	    "r %ld result %ld", r, (long)m.m_u64.m_u64[0]);
	recv(ep.b, &m); /* the notification */
}

static void
t_getinfo(void)
{
	struct kinfo_proc kp;
	char name[16];
	uint64_t t1 = 0, t2 = 0;
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = SYS_GETINFO;
	m.m_lsys_krn_sys_getinfo.request = GET_WHOAMI;
	m.m_lsys_krn_sys_getinfo.val_ptr = (uintptr_t)name;
	m.m_lsys_krn_sys_getinfo.val_len = sizeof(name);
	kt_check("getinfo_whoami",
	    kcall_m(&m) == 0 && m.m_lsys_krn_sys_getinfo.endpt == ep.self &&
		strcmp(name, "kt_ipc") == 0,
	    "endpt %d", m.m_lsys_krn_sys_getinfo.endpt);
	expect("getinfo_bad_request", kt_getinfo(99, SELF, name, 16), EINVAL_);
	expect(
	    "getinfo_small_buffer", kt_getinfo(GET_PROC, SELF, &kp, 4), E2BIG_);
	expect("getinfo_bad_buffer",
	    kt_getinfo(GET_UPTIME, SELF, (void *)UNMAPPED, 8), EFAULT_);
	expect("getinfo_proc_bad_ep",
	    kt_getinfo(GET_PROC, BAD_EP, &kp, sizeof(kp)), EINVAL_);
	kt_getinfo(GET_UPTIME, SELF, &t1, 8);
	kt_wait_ticks(2);
	kt_getinfo(GET_UPTIME, SELF, &t2, 8);
	kt_check("getinfo_uptime", t2 > t1 && t1 > 0, "%lu then %lu", t1, t2);
	kt_check("getinfo_proc_state",
	    kt_proc_state(ep.c, &kp) == 0 && (kp.kp_state & KPS_RECEIVING) &&
		kp.kp_getfrom == ANY,
	    "state %#x from %d", kp.kp_state, kp.kp_getfrom);
}

static uint32_t
state_of(endpoint_t e)
{
	struct kinfo_proc kp;

	if (kt_proc_state(e, &kp) != 0)
		return 0;
	return kp.kp_state;
}

static void
t_kill(void)
{
	endpoint_t who;
	uint64_t set;
	message m;
	int r;

	expect("kill_bad_signal_zero", kt_kill(ep.c, 0), EINVAL_);
	expect("kill_bad_signal_big", kt_kill(ep.c, 64), EINVAL_);
	expect("kill_bad_ep", kt_kill(BAD_EP, 1), EINVAL_);
	expect("kill_dead_ep", kt_kill(ep.x, 1), EDEADSRCDST_);
	expect("kill_system_process", kt_kill(SELF, 15), 0);
	r = recv(ANY, &m);
	kt_check("kill_system_notify",
	    r == 0 && m.m_type == NOTIFY_MESSAGE && m.m_source == SYSTEM &&
		m.m_notify.sigset == (1ULL << 15),
	    "r %d type %#x src %d set %#lx", r, m.m_type, m.m_source,
	    m.m_notify.sigset);

	expect("kill_user_process", kt_kill(ep.user, 2), 0);
	kt_check("kill_user_stopped",
	    (state_of(ep.user) & KPS_SIG_PENDING) != 0, "state %#x",
	    state_of(ep.user));
	r = (int)ksig_call(SYS_GETKSIG, NONE, &who, &set);
	kt_check("getksig", r == 0 && who == ep.user && set == (1ULL << 2),
	    "r %d who %d set %#lx", r, who, set);
	r = (int)ksig_call(SYS_GETKSIG, NONE, &who, &set);
	kt_check("getksig_empty", r == 0 && who == NONE, "r %d who %d", r, who);
	kt_kill(ep.user, 3);
	expect("endksig_more_pending",
	    ksig_call(SYS_ENDKSIG, ep.user, NULL, NULL), 0);
	kt_check("endksig_still_stopped",
	    (state_of(ep.user) & KPS_SIG_PENDING) != 0, "state %#x",
	    state_of(ep.user));
	r = (int)ksig_call(SYS_GETKSIG, NONE, &who, &set);
	kt_check("getksig_second",
	    r == 0 && who == ep.user && set == (1ULL << 3),
	    "r %d who %d set %#lx", r, who, set);
	expect("endksig", ksig_call(SYS_ENDKSIG, ep.user, NULL, NULL), 0);
	kt_check("endksig_released", (state_of(ep.user) & KPS_SIG_PENDING) == 0,
	    "state %#x", state_of(ep.user));
	expect("endksig_not_pending",
	    ksig_call(SYS_ENDKSIG, ep.user, NULL, NULL), EINVAL_);
	expect("endksig_bad_ep", ksig_call(SYS_ENDKSIG, BAD_EP, NULL, NULL),
	    EINVAL_);
}

void
kcall_tests(void)
{
	t_privctl_bad();
	t_privctl_effect();
	t_getinfo();
	t_kill();
}
