/*
 * ktipc.c: IPC primitives (the `syscall' instruction: rdi = primitive,
 * rsi = endpoint, rdx = message) and small kernel-call wrappers for test
 * programs.  `syscall' clobbers rcx and r11.
 */

#include "ktest.h"
#include "ktipc.h"

long
kt_ipc(int prim, endpoint_t ep, void *msg)
{
	long r;

	__asm__ volatile("syscall"
			 : "=a"(r)
			 : "D"((long)prim), "S"((long)ep), "d"(msg)
			 : "rcx", "r11", "memory");
	return r;
}

int
kt_send(endpoint_t ep, message *m)
{
	return (int)kt_ipc(SEND, ep, m);
}

int
kt_receive(endpoint_t ep, message *m)
{
	return (int)kt_ipc(RECEIVE, ep, m);
}

int
kt_sendrec(endpoint_t ep, message *m)
{
	return (int)kt_ipc(SENDREC, ep, m);
}

int
kt_sendnb(endpoint_t ep, message *m)
{
	return (int)kt_ipc(SENDNB, ep, m);
}

int
kt_notify(endpoint_t ep)
{
	return (int)kt_ipc(NOTIFY, ep, NULL);
}

int
kt_senda(asynmsg_t *tab, int count)
{
	return (int)kt_ipc(SENDA, count, tab);
}

int
kt_replyrecv(endpoint_t ep, message *m)
{
	return (int)kt_ipc(REPLYRECV, ep, m);
}

int
kt_setgrant(cp_grant_t *tab, unsigned n)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = SYS_SETGRANT;
	m.m_lsys_krn_sys_setgrant.addr = (uintptr_t)tab;
	m.m_lsys_krn_sys_setgrant.size = n;
	return (int)kt_kcall(&m);
}

/* type: SYS_SAFECOPYFROM or SYS_SAFECOPYTO. */
int
kt_safecopy(int type, endpoint_t granter, cp_grant_id_t gid, uint64_t off,
    void *addr, uint64_t bytes)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = type;
	m.m_lsys_krn_sys_safecopy.src_endpt = granter;
	m.m_lsys_krn_sys_safecopy.gid = gid;
	m.m_lsys_krn_sys_safecopy.offset = off;
	m.m_lsys_krn_sys_safecopy.address = (uintptr_t)addr;
	m.m_lsys_krn_sys_safecopy.bytes = bytes;
	return (int)kt_kcall(&m);
}

int
kt_safememset(endpoint_t granter, cp_grant_id_t gid, uint64_t off, int pattern,
    uint64_t bytes)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = SYS_SAFEMEMSET;
	m.m_lsys_krn_sys_safememset.ep = granter;
	m.m_lsys_krn_sys_safememset.gid = gid;
	m.m_lsys_krn_sys_safememset.offset = off;
	m.m_lsys_krn_sys_safememset.pattern = pattern;
	m.m_lsys_krn_sys_safememset.count = bytes;
	return (int)kt_kcall(&m);
}

int
kt_getinfo(int req, endpoint_t ep, void *buf, uint64_t len)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = SYS_GETINFO;
	m.m_lsys_krn_sys_getinfo.request = req;
	m.m_lsys_krn_sys_getinfo.endpt = ep;
	m.m_lsys_krn_sys_getinfo.val_ptr = (uintptr_t)buf;
	m.m_lsys_krn_sys_getinfo.val_len = len;
	return (int)kt_kcall(&m);
}

/* SYS_VMCTL on ep: param with its three values; the kernel's reply. */
long
kt_vmctl(endpoint_t ep, int param, uint64_t v1, uint64_t v2, uint64_t v3)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = SYS_VMCTL;
	m.m_lsys_krn_sys_vmctl.endpt = ep;
	m.m_lsys_krn_sys_vmctl.param = param;
	m.m_lsys_krn_sys_vmctl.value = v1;
	m.m_lsys_krn_sys_vmctl.value2 = v2;
	m.m_lsys_krn_sys_vmctl.value3 = v3;
	return kt_kcall(&m);
}

long
kt_privctl(endpoint_t ep, int req, void *arg)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = SYS_PRIVCTL;
	m.m_lsys_krn_sys_privctl.endpt = ep;
	m.m_lsys_krn_sys_privctl.request = req;
	m.m_lsys_krn_sys_privctl.arg = (uintptr_t)arg;
	return kt_kcall(&m);
}

/* Block for n ticks: SYS_SETALARM, then RECEIVE from CLOCK. */
void
kt_sleep_ticks(uint64_t n)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = SYS_SETALARM;
	m.m_lsys_krn_sys_setalarm.exp_time = n;
	kt_kcall(&m);
	kt_receive(CLOCK, &m);
}

uint64_t
kt_cpu_ticks(void)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = SYS_TIMES;
	m.m_krn_lsys_sys_times.endpt = SELF;
	kt_kcall(&m);
	return m.m_krn_lsys_sys_times.user_time +
	    m.m_krn_lsys_sys_times.system_time;
}

/* Wait up to n ticks for the module `name' to exit; 1 if it did. */
int
kt_wait_gone(const char *name, uint64_t n)
{
	while (kt_lookup(name) >= 0) {
		if (n-- == 0)
			return 0;
		kt_sleep_ticks(1);
	}
	return 1;
}

int
kt_proc_state(endpoint_t ep, struct kinfo_proc *kp)
{
	return kt_getinfo(GET_PROC, ep, kp, sizeof(*kp));
}

int
kt_kill(endpoint_t ep, int sig)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = SYS_KILL;
	m.m_lsys_krn_sys_kill.endpt = ep;
	m.m_lsys_krn_sys_kill.signr = sig;
	return (int)kt_kcall(&m);
}

/* Report test `name': PASS if got == want, else FAIL with both values. */
int
kt_expect(const char *name, long got, long want)
{
	if (got == want) {
		kt_pass(name);
		return 1;
	}
	kt_fail(name, "returned %ld, expected %ld", got, want);
	return 0;
}
