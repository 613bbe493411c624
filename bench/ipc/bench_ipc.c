/*
 * bench_ipc.c: IPC micro-benchmarks, run as two boot modules of this one
 * program: "bench_ipc" (the client, which measures and prints) and
 * "bench_srv" (a server that answers SENDREC with REPLYRECV and grants
 * the client 64 KiB).  Each figure is the mean over ITER operations after
 * WARMUP untimed ones, in rdtsc cycles and in ns (the TSC is calibrated
 * against the kernel clock).  Output lines start with "BENCH ".
 */

#include "ktest.h"
#include "ktipc.h"

#define ITER	   20000
#define WARMUP	   1000
#define COPY_ITER  2000
#define BIG	   (64 * 1024)
#define BENCH_PING 0x7100

static uint8_t big[BIG] __attribute__((__aligned__(4096)));
static cp_grant_t gtab[1];
static uint64_t tsc_per_ms;

static void
calibrate(void)
{
	uint64_t t0, c0, c1, t1;

	t0 = kt_uptime();
	while ((t1 = kt_uptime()) == t0)
		continue;
	c0 = kt_rdtsc();
	kt_wait_ticks(20); /* 200 ms at HZ 100 */
	c1 = kt_rdtsc();
	t1 = kt_uptime() - t1;
	tsc_per_ms = (c1 - c0) / (t1 * 10);
	if (tsc_per_ms == 0)
		tsc_per_ms = 1;
}

static void
report(const char *what, uint64_t cycles, unsigned n, uint64_t bytes)
{
	uint64_t per = cycles / n;
	uint64_t ns = per * 1000000 / tsc_per_ms;

	if (bytes == 0) {
		kt_printf("BENCH %s cycles=%lu ns=%lu\n", what, per, ns);
		return;
	}
	kt_printf("BENCH %s cycles=%lu ns=%lu MB/s=%lu\n", what, per, ns,
	    ns ? bytes * 1000 / ns : 0);
}

static void
bench_sendrec(endpoint_t srv)
{
	message m;
	uint64_t c0;
	int i;

	memset(&m, 0, sizeof(m));
	for (i = 0; i < WARMUP; i++) {
		m.m_type = BENCH_PING;
		kt_sendrec(srv, &m);
	}
	c0 = kt_rdtsc();
	for (i = 0; i < ITER; i++) {
		m.m_type = BENCH_PING;
		kt_sendrec(srv, &m);
	}
	report("sendrec_rt", kt_rdtsc() - c0, ITER, 0);
}

static void
bench_notify(void)
{
	message m;
	uint64_t c0;
	int i;

	for (i = 0; i < WARMUP; i++)
		kt_notify(SELF);
	kt_receive(ANY, &m);
	c0 = kt_rdtsc();
	for (i = 0; i < ITER; i++)
		kt_notify(SELF);
	report("notify", kt_rdtsc() - c0, ITER, 0);
	kt_receive(ANY, &m);
	c0 = kt_rdtsc();
	for (i = 0; i < ITER; i++) {
		kt_notify(SELF);
		kt_receive(ANY, &m);
	}
	report("notify_receive", kt_rdtsc() - c0, ITER, 0);
}

static void
bench_kcall(void)
{
	message m;
	uint64_t c0;
	int i;

	for (i = 0; i < WARMUP + ITER; i++) {
		if (i == WARMUP)
			c0 = kt_rdtsc();
		memset(&m, 0, sizeof(m));
		m.m_type = SYS_DIAGCTL;
		m.m_lsys_krn_sys_diagctl.code = DIAGCTL_CODE_DIAG;
		m.m_lsys_krn_sys_diagctl.len = 0; /* prints nothing */
		kt_kcall(&m);
	}
	report("kcall_null", kt_rdtsc() - c0, ITER, 0);
}

static void
bench_copy(endpoint_t srv, uint64_t size, const char *what)
{
	uint64_t c0 = 0;
	int i, r;

	for (i = 0; i < 100 + COPY_ITER; i++) {
		if (i == 100)
			c0 = kt_rdtsc();
		r = kt_safecopy(
		    SYS_SAFECOPYFROM, srv, GRANT_ID(0, 1), 0, big, size);
		if (r != 0) {
			kt_printf("BENCH %s failed: %d\n", what, r);
			return;
		}
	}
	report(what, kt_rdtsc() - c0, COPY_ITER, size);
}

static int
server(void)
{
	endpoint_t client = kt_lookup("bench_ipc");
	message m;
	int r;

	memset(big, 0x5a, sizeof(big));
	gtab[0].cp_flags = CPF_DIRECT | CPF_READ | CPF_VALID | CPF_USED;
	gtab[0].cp_seq = 1;
	gtab[0].cp_who_to = client;
	gtab[0].cp_start = (uintptr_t)big;
	gtab[0].cp_len = BIG;
	kt_setgrant(gtab, 1);
	r = kt_receive(ANY, &m);
	for (;;) {
		if (r != 0) {
			r = kt_receive(ANY, &m);
			continue;
		}
		r = kt_replyrecv(m.m_source, &m);
	}
}

int
main(const char *name)
{
	endpoint_t srv;

	if (strcmp(name, "bench_srv") == 0)
		return server();
	srv = kt_lookup("bench_srv");
	if (srv < 0) {
		kt_printf("FAIL bench_ipc: no bench_srv\n");
		kt_abort(0x11);
	}
	calibrate();
	kt_printf("BENCH tsc_per_ms=%lu\n", tsc_per_ms);
	bench_sendrec(srv);
	bench_notify();
	bench_kcall();
	bench_copy(srv, 4096, "safecopy_4k");
	bench_copy(srv, BIG, "safecopy_64k");
	kt_printf("PASS bench_ipc\n");
	kt_abort(0x10);
	return 0;
}
