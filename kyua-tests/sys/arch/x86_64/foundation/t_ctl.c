/*
 * t_ctl.c: the controller of the foundation test boot.  It must be the
 * first module, so it runs before the others and can look them all up
 * while they are alive.  It checks bad kernel-call input, timer
 * preemption (two spinners and itself all get CPU time), that faulting
 * programs die while everyone else keeps running, that t_as_b dies on
 * t_as_a's page, and that bad modules (not ELF, a segment in kernel space,
 * truncated) were skipped; then it waits for the
 * self-reporting programs to finish and shuts QEMU down with success.
 */

#include "ktest.h"
#include "ktipc.h"

#define WAIT_LIMIT 500 /* ticks to wait for a process to die */

static const struct {
	const char *module, *test;
} faulters[] = {
	{ "t_fault_ptr", "fault_badptr" },
	{ "t_fault_kptr", "fault_kernptr" },
	{ "t_fault_hlt", "fault_hlt" },
	{ "t_fault_cli", "fault_cli" },
	{ "t_fault_ud", "fault_ud" },
	{ "t_fault_div", "fault_div" },
};
#define NFAULT (sizeof(faulters) / sizeof(faulters[0]))

static endpoint_t fault_ep[NFAULT];
static endpoint_t spin_a, spin_b, as_a, as_b, ring3, sse_a, sse_b;
static endpoint_t bad_ep[3]; /* t_badelf, t_badseg, t_trunc: -ESRCH */

static void
expect(const char *test, long got, long want)
{
	if (got == want)
		kt_pass(test);
	else
		kt_fail(test, "returned %d, expected %d", (int)got, (int)want);
}

static long
diag(int code, uintptr_t buf, size_t len)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = SYS_DIAGCTL;
	m.m_lsys_krn_sys_diagctl.code = code;
	m.m_lsys_krn_sys_diagctl.buf = buf;
	m.m_lsys_krn_sys_diagctl.len = len;
	return kt_kcall(&m);
}

static void
check_bad_input(void)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = 0x1234;
	expect("kcall_badtype", kt_kcall(&m), -106); /* EBADREQUEST */
	m.m_type = KERNEL_CALL + NR_SYS_CALLS;
	expect("kcall_badnumber", kt_kcall(&m), -106);
	expect("kcall_badmsg_null", kt_kcall((message *)0x10), -14);
	expect("kcall_badmsg_kernel", kt_kcall((message *)0xffffffff80100000UL),
	    -14);
	expect("diag_badbuf", diag(DIAGCTL_CODE_DIAG, 0xdead0000, 8), -14);
	expect(
	    "diag_toolong", diag(DIAGCTL_CODE_DIAG, (uintptr_t)&m, 4096), -22);
	expect("diag_badcode", diag(77, (uintptr_t)&m, 1), -22);
	expect("times_badep", kt_times(9999, NULL, NULL), -22);
	expect("times_self", kt_times(SELF, NULL, NULL), 0);
	m = (message){ .m_type = SYS_ABORT };
	m.m_lsys_krn_sys_abort.how = 99;
	expect("abort_badhow", kt_kcall(&m), -22);
	m.m_lsys_krn_sys_abort.how = RBT_QEMU_EXIT;
	m.m_lsys_krn_sys_abort.status = 300;
	expect("abort_badstatus", kt_kcall(&m), -22);
}

static endpoint_t
find(const char *name)
{
	endpoint_t ep = kt_lookup(name);

	if (ep < 0)
		kt_printf("t_ctl: %s not found (%d)\n", name, ep);
	return ep;
}

static void
look_up_everyone(void)
{
	unsigned i;

	spin_a = find("t_spin_a");
	spin_b = find("t_spin_b");
	as_a = find("t_as_a");
	as_b = find("t_as_b");
	ring3 = find("t_ring3");
	sse_a = find("t_sse_a");
	sse_b = find("t_sse_b");
	for (i = 0; i < NFAULT; i++)
		fault_ep[i] = find(faulters[i].module);
	for (i = 0; i < NFAULT; i++) /* known now: they may fault */
		if (fault_ep[i] >= 0 && kt_notify(fault_ep[i]) != 0)
			kt_printf(
			    "t_ctl: cannot wake %s\n", faulters[i].module);
	bad_ep[0] = kt_lookup("t_badelf");
	bad_ep[1] = kt_lookup("t_badseg");
	bad_ep[2] = kt_lookup("t_trunc");
}

/* CPU ticks (user + system) of ep: t_ctl itself waits in kernel calls. */
static int
user_ticks(endpoint_t ep, uint64_t *t)
{
	message m;
	int r;

	if (ep < 0 && ep != SELF)
		return 0;
	memset(&m, 0, sizeof(m));
	m.m_type = SYS_TIMES;
	m.m_krn_lsys_sys_times.endpt = ep;
	if ((r = (int)kt_kcall(&m)) != 0)
		kt_printf("t_ctl: SYS_TIMES(%d) failed: %d\n", ep, r);
	*t = m.m_krn_lsys_sys_times.user_time +
	    m.m_krn_lsys_sys_times.system_time;
	return r == 0;
}

static void
check_preemption(void)
{
	uint64_t a0, b0, c0, a1, b1, c1;

	if (!user_ticks(spin_a, &a0) || !user_ticks(spin_b, &b0) ||
	    !user_ticks(SELF, &c0)) {
		kt_fail("preempt_spinners", "spinners not running");
		kt_fail("no_starvation", "spinners not running");
		return;
	}
	kt_wait_ticks(60);
	if (!user_ticks(spin_a, &a1) || !user_ticks(spin_b, &b1) ||
	    !user_ticks(SELF, &c1)) {
		kt_fail("preempt_spinners", "a spinner died");
		kt_fail("no_starvation", "a spinner died");
		return;
	}
	kt_printf("t_ctl: in 60 ticks spin_a ran %lu, spin_b %lu, t_ctl %lu\n",
	    a1 - a0, b1 - b0, c1 - c0);
	if (a1 - a0 >= 3 && b1 - b0 >= 3) /* ~20 each; a loaded host: 5 */
		kt_pass("preempt_spinners");
	else
		kt_fail("preempt_spinners", "spinners ran %lu and %lu ticks",
		    a1 - a0, b1 - b0);
	if (c1 - c0 >= 3)
		kt_pass("no_starvation");
	else
		kt_fail("no_starvation", "t_ctl ran only %lu ticks", c1 - c0);
}

/* Wait until ep is no longer a live process; 1 if it died in time. */
static int
wait_gone(endpoint_t ep)
{
	uint64_t end = kt_uptime() + WAIT_LIMIT;

	if (ep < 0)
		return 0;
	while (kt_uptime() < end)
		if (kt_times(ep, NULL, NULL) == -22)
			return 1;
	return 0;
}

static void
check_faults(void)
{
	uint64_t a0, b0, a1, b1;
	unsigned i;
	int all = 1;

	for (i = 0; i < NFAULT; i++) {
		if (wait_gone(fault_ep[i])) {
			kt_pass(faulters[i].test);
		} else {
			kt_fail(faulters[i].test, "%s %s", faulters[i].module,
			    fault_ep[i] < 0 ? "never ran" : "still alive");
			all = 0;
		}
	}
	if (!user_ticks(spin_a, &a0) || !user_ticks(spin_b, &b0)) {
		kt_fail("fault_isolation", "a spinner died with the faulters");
		return;
	}
	kt_wait_ticks(30);
	if (!user_ticks(spin_a, &a1) || !user_ticks(spin_b, &b1) || a1 == a0 ||
	    b1 == b0)
		kt_fail("fault_isolation", "spinners stopped running");
	else if (all)
		kt_pass("fault_isolation");
	else
		kt_fail("fault_isolation", "a faulting process survived");
}

int
main(const char *name)
{
	(void)name;
	look_up_everyone();
	check_bad_input();
	check_preemption();
	check_faults();
	if (wait_gone(as_b))
		kt_pass("as_unmapped");
	else
		kt_fail("as_unmapped", "t_as_b is %s",
		    as_b < 0 ? "missing" : "still alive");
	expect("bad_module_skipped", bad_ep[0], -3);
	expect("elf_badseg_skipped", bad_ep[1], -3);
	expect("elf_trunc_skipped", bad_ep[2], -3);
	if (wait_gone(as_a) && wait_gone(ring3) && wait_gone(sse_a) &&
	    wait_gone(sse_b))
		kt_pass("exit_self");
	else
		kt_fail(
		    "exit_self", "t_as_a, t_ring3 or t_sse_* alive after main");
	kt_printf("t_ctl: all checks done\n");
	kt_abort(0x10);
	kt_fail("abort", "SYS_ABORT returned");
	return 1;
}
