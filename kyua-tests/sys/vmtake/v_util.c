/*
 * v_util.c: helpers shared by the VM take-over test modules: result
 * lines, SYS_PRIVCTL, VMCTL_REGISTER_VM, waiting for a module to exit and
 * one-word messages between the modules.
 */

#include "v_util.h"

/* PASS `test' if ok, else FAIL with the formatted reason. */
void
v_check(const char *test, int ok, const char *fmt, ...)
{
	char buf[200];
	va_list ap;

	if (ok) {
		kt_pass(test);
		return;
	}
	va_start(ap, fmt);
	kt_vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	kt_fail(test, "%s", buf);
}

long
v_privctl(endpoint_t ep, int req, void *arg)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = SYS_PRIVCTL;
	m.m_lsys_krn_sys_privctl.endpt = ep;
	m.m_lsys_krn_sys_privctl.request = req;
	m.m_lsys_krn_sys_privctl.arg = (uintptr_t)arg;
	return kt_kcall(&m);
}

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

/* Wait up to n ticks for the module `name' to exit; 1 if it did. */
int
v_wait_gone(const char *name, uint64_t n)
{
	while (kt_lookup(name) >= 0) {
		if (n-- == 0)
			return 0;
		kt_sleep_ticks(1);
	}
	return 1;
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
