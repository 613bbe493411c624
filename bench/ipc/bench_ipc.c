/*
 * bench_ipc.c: IPC micro-benchmarks, run as two boot modules of this one
 * program: "bench_ipc" (the client, which measures and prints) and
 * "bench_srv" (a server that answers SENDREC with REPLYRECV and grants
 * the client 64 KiB).  Each figure is measured in ROUNDS rounds of ITER
 * operations after WARMUP untimed ones; a line gives the best round's
 * mean per operation (least disturbed by other load on the host) and the
 * mean over all rounds, in rdtsc cycles and in ns (the TSC is calibrated
 * against the kernel clock).  Output lines start with "BENCH ".
 *
 * Profiling (bench/run-ipc.sh with BENCH_PROFILE=<op>): the client is
 * booted as "bench_prof" next to a module named "op_<op>" (which only
 * waits), and repeats that one operation for PROFILE_MS of TSC time so
 * that a host profiler sees mostly that path.
 */

#include "ktest.h"
#include "ktipc.h"

#define ROUNDS	   5
#define ITER	   4000
#define WARMUP	   1000
#define COPY_ITER  400
#define BIG	   (64 * 1024)
#define BENCH_PING 0x7100
#define PROFILE_MS 4000

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

static uint64_t
ns_of(uint64_t cycles)
{
	return cycles * 1000000 / tsc_per_ms;
}

/* best and total: cycles of the best round and of all rounds. */
static void
report(
    const char *what, uint64_t best, uint64_t total, unsigned n, uint64_t bytes)
{
	uint64_t per = best / n, mean = total / (n * ROUNDS);

	if (bytes == 0) {
		kt_printf("BENCH %s cycles=%lu ns=%lu mean_cycles=%lu\n", what,
		    per, ns_of(per), mean);
		return;
	}
	kt_printf("BENCH %s cycles=%lu ns=%lu MB/s=%lu mean_cycles=%lu\n", what,
	    per, ns_of(per), ns_of(per) ? bytes * 1000 / ns_of(per) : 0, mean);
}

/* Time ROUNDS rounds of n calls of op(arg); report them as what. */
static void
measure(const char *what, void (*op)(uint64_t), uint64_t arg, unsigned n,
    uint64_t bytes)
{
	uint64_t c0, c, best = ~0ULL, total = 0;
	unsigned i, r;

	for (i = 0; i < WARMUP / 10 + 1; i++)
		op(arg);
	for (r = 0; r < ROUNDS; r++) {
		c0 = kt_rdtsc();
		for (i = 0; i < n; i++)
			op(arg);
		c = kt_rdtsc() - c0;
		total += c;
		if (c < best)
			best = c;
	}
	report(what, best, total, n, bytes);
}

static endpoint_t srv;

static void
op_sendrec(uint64_t arg)
{
	message m;

	(void)arg;
	m.m_type = BENCH_PING;
	kt_sendrec(srv, &m);
}

static void
op_notify(uint64_t arg)
{
	(void)arg;
	kt_notify(SELF);
}

static void
op_notify_receive(uint64_t arg)
{
	message m;

	(void)arg;
	kt_notify(SELF);
	kt_receive(ANY, &m);
}

static void
op_kcall(uint64_t arg)
{
	message m;

	(void)arg;
	memset(&m, 0, sizeof(m));
	m.m_type = SYS_DIAGCTL;
	m.m_lsys_krn_sys_diagctl.code = DIAGCTL_CODE_DIAG;
	m.m_lsys_krn_sys_diagctl.len = 0; /* prints nothing */
	kt_kcall(&m);
}

static void
op_safecopy(uint64_t size)
{
	int r;

	r = kt_safecopy(SYS_SAFECOPYFROM, srv, GRANT_ID(0, 1), 0, big, size);
	if (r != 0)
		kt_printf("BENCH safecopy failed: %d\n", r);
}

static const struct bench_op {
	const char *name;
	void (*op)(uint64_t);
	uint64_t arg;
	unsigned n;
	uint64_t bytes;
} ops[] = {
	{ "sendrec_rt", op_sendrec, 0, ITER, 0 },
	{ "notify", op_notify, 0, ITER, 0 },
	{ "notify_receive", op_notify_receive, 0, ITER, 0 },
	{ "kcall_null", op_kcall, 0, ITER, 0 },
	{ "safecopy_4k", op_safecopy, 4096, COPY_ITER, 4096 },
	{ "safecopy_64k", op_safecopy, BIG, COPY_ITER / 4, BIG },
};

#define NOPS (sizeof(ops) / sizeof(ops[0]))

static void
run_all(void)
{
	message m;
	unsigned i;

	for (i = 0; i < NOPS; i++) {
		measure(
		    ops[i].name, ops[i].op, ops[i].arg, ops[i].n, ops[i].bytes);
		if (ops[i].op == op_notify)
			kt_receive(ANY, &m); /* the coalesced notification */
	}
}

/*
 * The operation a module "op_<name>" asks to profile, or NULL (process
 * names keep 15 characters: "op_notify_recei").
 */
static const struct bench_op *
profile_op(void)
{
	char name[16] = "op_";
	unsigned i, j;

	for (i = 0; i < NOPS; i++) {
		for (j = 0; j + 3 < sizeof(name) - 1 && ops[i].name[j]; j++)
			name[j + 3] = ops[i].name[j];
		name[j + 3] = '\0';
		if (kt_lookup(name) >= 0)
			return &ops[i];
	}
	return NULL;
}

/* Repeat one operation for PROFILE_MS; report the mean. */
static void
profile(void)
{
	const struct bench_op *o = profile_op();
	uint64_t c0, end, n = 0;
	message m;

	if (o == NULL) {
		kt_printf("FAIL bench_ipc: no op_<name> module to profile\n");
		kt_abort(0x11);
		return;
	}
	c0 = kt_rdtsc();
	end = c0 + PROFILE_MS * tsc_per_ms;
	while (kt_rdtsc() < end) {
		o->op(o->arg);
		if (o->op == op_notify)
			kt_receive(ANY, &m);
		n++;
	}
	kt_printf("BENCH profile %s: %lu operations, %lu cycles each\n",
	    o->name, n, n ? (kt_rdtsc() - c0) / n : 0);
}

static int
server(void)
{
	endpoint_t client = kt_lookup("bench_ipc");
	message m;
	int r;

	if (client < 0)
		client = kt_lookup("bench_prof");

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
	message m;

	if (strcmp(name, "bench_srv") == 0)
		return server();
	if (strncmp(name, "op_", 3) == 0) {
		for (;;)
			kt_receive(
			    ANY, &m); /* a name to look up, nothing more */
	}
	srv = kt_lookup("bench_srv");
	if (srv < 0) {
		kt_printf("FAIL bench_ipc: no bench_srv\n");
		kt_abort(0x11);
	}
	calibrate();
	kt_printf("BENCH tsc_per_ms=%lu\n", tsc_per_ms);
	if (strcmp(name, "bench_prof") == 0)
		profile();
	else
		run_all();
	kt_printf("PASS bench_ipc\n");
	kt_abort(0x10);
	return 0;
}
