/*
 * ktest.c: kernel-call wrappers, formatted output and result lines for
 * in-kernel test programs (see ktest.h).
 */

#include "ktest.h"

long
kt_kcall(message *m)
{
	long r;

	__asm__ volatile("int $0x21" : "=a"(r) : "D"(m) : "memory");
	return r;
}

static void
kt_write(const char *s, size_t len)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = SYS_DIAGCTL;
	m.m_lsys_krn_sys_diagctl.code = DIAGCTL_CODE_DIAG;
	m.m_lsys_krn_sys_diagctl.buf = (uintptr_t)s;
	m.m_lsys_krn_sys_diagctl.len = len;
	kt_kcall(&m);
}

void
kt_printf(const char *fmt, ...)
{
	char buf[512];
	va_list ap;

	va_start(ap, fmt);
	kt_vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	kt_write(buf, strlen(buf));
}

void
kt_exit(int status)
{
	message m;

	(void)status;
	memset(&m, 0, sizeof(m));
	m.m_type = SYS_EXIT;
	m.m_lsys_krn_endpt.endpt = SELF;
	kt_kcall(&m);
	for (;;)
		continue;
}

void
kt_abort(int status)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = SYS_ABORT;
	m.m_lsys_krn_sys_abort.how = RBT_QEMU_EXIT;
	m.m_lsys_krn_sys_abort.status = status;
	kt_kcall(&m);
}

endpoint_t
kt_lookup(const char *name)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = SYS_DIAGCTL;
	m.m_lsys_krn_sys_diagctl.code = DIAGCTL_CODE_LOOKUP;
	m.m_lsys_krn_sys_diagctl.buf = (uintptr_t)name;
	m.m_lsys_krn_sys_diagctl.len = strlen(name);
	return (endpoint_t)kt_kcall(&m);
}

int
kt_times(endpoint_t ep, uint64_t *user, uint64_t *uptime)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	m.m_type = SYS_TIMES;
	m.m_krn_lsys_sys_times.endpt = ep;
	if ((r = (int)kt_kcall(&m)) != 0)
		return r;
	if (user != NULL)
		*user = m.m_krn_lsys_sys_times.user_time;
	if (uptime != NULL)
		*uptime = m.m_krn_lsys_sys_times.boot_ticks;
	return 0;
}

uint64_t
kt_uptime(void)
{
	uint64_t t = 0;

	kt_times(SELF, NULL, &t);
	return t;
}

void
kt_wait_ticks(uint64_t n)
{
	uint64_t end = kt_uptime() + n;

	while (kt_uptime() < end)
		continue;
}

void
kt_pass(const char *name)
{
	kt_printf("PASS %s\n", name);
}

void
kt_fail(const char *name, const char *fmt, ...)
{
	char buf[400];
	va_list ap;

	va_start(ap, fmt);
	kt_vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	kt_printf("FAIL %s: %s\n", name, buf);
}

/* PASS name if ok, else FAIL with the formatted reason; returns ok != 0. */
int
kt_check(const char *name, int ok, const char *fmt, ...)
{
	char buf[300];
	va_list ap;

	if (ok) {
		kt_pass(name);
		return 1;
	}
	va_start(ap, fmt);
	kt_vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	kt_fail(name, "%s", buf);
	return 0;
}

void
kt_skip(const char *name, const char *why)
{
	kt_printf("SKIP %s: %s\n", name, why);
}
