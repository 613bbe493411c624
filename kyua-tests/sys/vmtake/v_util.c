/*
 * v_util.c: helpers shared by the VM take-over test modules:
 * VMCTL_REGISTER_VM and one-word messages between the modules (result
 * lines, PRIVCTL and waiting for a module to exit are ktestlib's).
 */

#include "v_util.h"

/* VMCTL_REGISTER_VM for the caller; *count = faults re-sent. */
long
v_register(uint64_t *count)
{
	message m;
	long r;

	memset(&m, 0, sizeof(m));
	m.m_type = SYS_VMCTL;
	m.m_lsys_krn_sys_vmctl.endpt = SELF;
	m.m_lsys_krn_sys_vmctl.param = VMCTL_REGISTER_VM;
	r = kt_kcall(&m);
	*count = m.m_lsys_krn_sys_vmctl.value;
	return r;
}

int
v_send_word(endpoint_t ep, uint64_t w)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_u64.m_u64[0] = w;
	return kt_send(ep, &m);
}

/* The word of the next message from ep (~0 if the receive fails). */
uint64_t
v_recv_word(endpoint_t ep)
{
	message m;

	memset(&m, 0, sizeof(m));
	return kt_receive(ep, &m) == 0 ? m.m_u64.m_u64[0] : ~0ULL;
}
