/*
 * h_util.c: helpers shared by the hand-off test modules: result lines,
 * SYS_PRIVCTL, SYS_SCHEDULE/SCHEDCTL and waiting for a module to exit
 * (sleeping and CPU time are ktestlib's kt_sleep_ticks, kt_cpu_ticks).
 */

#include "h_util.h"

/* PASS `test' if ok, else FAIL with the formatted reason. */
void
h_check(const char *test, int ok, const char *fmt, ...)
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
h_privctl(endpoint_t ep, int req, void *arg)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = SYS_PRIVCTL;
	m.m_lsys_krn_sys_privctl.endpt = ep;
	m.m_lsys_krn_sys_privctl.request = req;
	m.m_lsys_krn_sys_privctl.arg = (uintptr_t)arg;
	return kt_kcall(&m);
}

/* SYS_SCHEDULE or SYS_SCHEDCTL (type) for ep. */
long
h_schedule(int type, endpoint_t ep, int prio, int quantum_ms, uint32_t flags)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = type;
	m.m_lsys_krn_sys_schedule.endpt = ep;
	m.m_lsys_krn_sys_schedule.priority = prio;
	m.m_lsys_krn_sys_schedule.quantum = quantum_ms;
	m.m_lsys_krn_sys_schedule.flags = flags;
	return kt_kcall(&m);
}

/* Wait up to n ticks for the module `name' to exit; 1 if it did. */
int
h_wait_gone(const char *name, uint64_t n)
{
	while (kt_lookup(name) >= 0) {
		if (n-- == 0)
			return 0;
		kt_sleep_ticks(1);
	}
	return 1;
}
