/*
 * bench_linux.c: the Linux side of the IPC benchmark.  Built with our own
 * libc's host port and run as /init of a Linux initramfs in the same QEMU
 * as bench/ipc (see bench/run-compare.sh), it measures the closest Linux
 * equivalents of Bulkhead's IPC primitives:
 *
 *	pipe_rt		1-byte write/read round trip between two processes
 *			over a pair of pipes		(~ sendrec_rt)
 *	pipe_wake	1-byte write to a pipe another process is blocked
 *			reading, one way		(~ notify)
 *	pipe_self	1-byte write to a pipe and read back by the same
 *			process				(~ notify_receive)
 *	syscall_null	getppid()			(~ kcall_null)
 *	pipe_copy_4k	4 KiB / 64 KiB streamed from another process
 *	pipe_copy_64k	through a pipe (an ANALOGUE of SAFECOPY, which
 *			copies between address spaces with no switch)
 *
 * Each figure: WARMUP/10+1 untimed operations, then ROUNDS rounds of ITER
 * (COPY_ITER for copies) operations; a BENCH line gives the best round's
 * mean per operation in rdtsc cycles and in ns (clock_gettime of that same
 * round), and the mean over all rounds in cycles, in bench_ipc.c's format.
 * As PID 1 it then powers the machine off with reboot(RB_POWERDOWN).
 */

#include <sys/reboot.h>
#include <sys/wait.h>

#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define ROUNDS	  5
#define ITER	  4000
#define WARMUP	  1000
#define COPY_ITER 400
#define BIG	  (64 * 1024)

/* One benchmark: its operation, its argument and its peer process. */
struct bench {
	const char *name;
	void (*op)(struct bench *);
	size_t size;   /* bytes per operation (copies), else 0 */
	int to_peer;   /* write end towards the peer, or -1 */
	int from_peer; /* read end from the peer, or -1 */
	pid_t peer;    /* the peer process, or -1 */
};

static unsigned char big[BIG];

static uint64_t
rdtsc(void)
{
	uint32_t lo, hi;

	__asm__ __volatile__("lfence; rdtsc" : "=a"(lo), "=d"(hi));
	return ((uint64_t)hi << 32) | lo;
}

static uint64_t
now_ns(void)
{
	struct timespec ts;

	if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0)
		return 0;
	return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

static void
die(const char *what)
{
	printf("FAIL bench_linux: %s: %s\n", what, strerror(errno));
	fflush(stdout);
	if (getpid() == 1)
		(void)reboot(RB_POWERDOWN, NULL);
	exit(1);
}

/* Read exactly len bytes (a pipe may return less); 0 at end of file. */
static int
read_full(int fd, void *buf, size_t len)
{
	unsigned char *p = buf;
	ssize_t n;

	while (len > 0) {
		n = read(fd, p, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

static int
write_full(int fd, const void *buf, size_t len)
{
	const unsigned char *p = buf;
	ssize_t n;

	while (len > 0) {
		n = write(fd, p, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/* TSC ticks per millisecond, against CLOCK_MONOTONIC over 200 ms. */
static uint64_t
calibrate(void)
{
	uint64_t t0, t1, c0, c1;

	t0 = now_ns();
	c0 = rdtsc();
	do
		t1 = now_ns();
	while (t1 - t0 < 200000000ULL);
	c1 = rdtsc();
	return (c1 - c0) * 1000000ULL / (t1 - t0);
}

static void
report(const struct bench *b, uint64_t best, uint64_t best_ns, uint64_t total,
    unsigned n)
{
	uint64_t per = best / n, ns = best_ns / n, mean = total / (n * ROUNDS);

	if (b->size == 0) {
		printf("BENCH %s cycles=%llu ns=%llu mean_cycles=%llu\n",
		    b->name, (unsigned long long)per, (unsigned long long)ns,
		    (unsigned long long)mean);
	} else {
		printf("BENCH %s cycles=%llu ns=%llu MB/s=%llu "
		       "mean_cycles=%llu\n",
		    b->name, (unsigned long long)per, (unsigned long long)ns,
		    (unsigned long long)(ns ? b->size * 1000 / ns : 0),
		    (unsigned long long)mean);
	}
	fflush(stdout);
}

/* Time ROUNDS rounds of n operations of b after a warm-up; report them. */
static void
measure(struct bench *b, unsigned n)
{
	uint64_t c0, c, t0, t, best = ~0ULL, best_ns = 0, total = 0;
	unsigned i, r;

	for (i = 0; i < WARMUP / 10 + 1; i++)
		b->op(b);
	for (r = 0; r < ROUNDS; r++) {
		t0 = now_ns();
		c0 = rdtsc();
		for (i = 0; i < n; i++)
			b->op(b);
		c = rdtsc() - c0;
		t = now_ns() - t0;
		total += c;
		if (c < best) {
			best = c;
			best_ns = t;
		}
	}
	report(b, best, best_ns, total, n);
}

/* The peers' loops: each runs in a child until its pipe closes. */
static void
peer_echo(int in, int out, size_t size)
{
	unsigned char c;

	(void)size;
	while (read_full(in, &c, 1) == 0)
		if (write_full(out, &c, 1) != 0)
			break;
}

/* Count the reads (wake-ups) and bytes; send both back at the end. */
static void
peer_drain(int in, int out, size_t size)
{
	unsigned char buf[512];
	uint64_t count[2] = { 0, 0 };
	ssize_t n;

	(void)size;
	while ((n = read(in, buf, sizeof(buf))) > 0) {
		count[0]++;
		count[1] += (uint64_t)n;
	}
	(void)write_full(out, count, sizeof(count));
}

static void
peer_produce(int in, int out, size_t size)
{
	(void)in;
	memset(big, 0x5a, sizeof(big));
	while (write_full(out, big, size) == 0)
		continue;
}

/*
 * Start b's peer running loop() on the other ends of two fresh pipes:
 * b->to_peer feeds the peer's input, b->from_peer reads its output.
 */
static void
start_peer(struct bench *b, void (*loop)(int, int, size_t))
{
	int down[2], up[2];

	if (pipe(down) != 0 || pipe(up) != 0)
		die("pipe");
	b->peer = fork();
	if (b->peer < 0)
		die("fork");
	if (b->peer == 0) {
		close(down[1]);
		close(up[0]);
		loop(down[0], up[1], b->size);
		_exit(0);
	}
	close(down[0]);
	close(up[1]);
	b->to_peer = down[1];
	b->from_peer = up[0];
}

static void
stop_peer(struct bench *b)
{
	int status;

	if (b->to_peer >= 0)
		close(b->to_peer);
	close(b->from_peer);
	while (waitpid(b->peer, &status, 0) < 0 && errno == EINTR)
		continue;
}

static void
op_pipe_rt(struct bench *b)
{
	unsigned char c = 1;

	if (write_full(b->to_peer, &c, 1) != 0 ||
	    read_full(b->from_peer, &c, 1) != 0)
		die("pipe_rt");
}

static void
op_pipe_wake(struct bench *b)
{
	unsigned char c = 1;

	if (write_full(b->to_peer, &c, 1) != 0)
		die("pipe_wake");
}

static void
op_pipe_self(struct bench *b)
{
	unsigned char c = 1;

	if (write_full(b->to_peer, &c, 1) != 0 ||
	    read_full(b->from_peer, &c, 1) != 0)
		die("pipe_self");
}

static void
op_getppid(struct bench *b)
{
	(void)b;
	(void)getppid();
}

static void
op_pipe_copy(struct bench *b)
{
	if (read_full(b->from_peer, big, b->size) != 0)
		die("pipe_copy");
}

static void
run_with_peer(const char *name, void (*op)(struct bench *),
    void (*loop)(int, int, size_t), size_t size, unsigned n)
{
	struct bench b = { name, op, size, -1, -1, -1 };

	start_peer(&b, loop);
	measure(&b, n);
	stop_peer(&b);
}

/*
 * pipe_wake, then how often the reader ran: with one vCPU a write makes
 * the blocked reader runnable, and the reader runs before the next write
 * only when the scheduler preempts the writer.
 */
static void
run_wake(void)
{
	struct bench b = { "pipe_wake", op_pipe_wake, 0, -1, -1, -1 };
	uint64_t count[2];

	start_peer(&b, peer_drain);
	measure(&b, ITER);
	close(b.to_peer);
	if (read_full(b.from_peer, count, sizeof(count)) != 0)
		die("pipe_wake count");
	printf("BENCH note: pipe_wake reader read %llu times for %llu "
	       "1-byte writes\n",
	    (unsigned long long)count[0], (unsigned long long)count[1]);
	fflush(stdout);
	b.to_peer = -1;
	stop_peer(&b);
}

static void
run_self(void)
{
	struct bench b = { "pipe_self", op_pipe_self, 0, -1, -1, -1 };
	int p[2];

	if (pipe(p) != 0)
		die("pipe");
	b.from_peer = p[0];
	b.to_peer = p[1];
	measure(&b, ITER);
	close(p[0]);
	close(p[1]);
}

static void
run_null(void)
{
	struct bench b = { "syscall_null", op_getppid, 0, -1, -1, -1 };

	measure(&b, ITER);
}

int
main(void)
{
	/* A peer that dies early must not kill us with SIGPIPE. */
	(void)signal(SIGPIPE, SIG_IGN);
	printf("BENCH tsc_per_ms=%llu\n", (unsigned long long)calibrate());
	printf("BENCH note: pipe_copy_* are analogues of SAFECOPY "
	       "(a pipe between two processes, not a grant copy)\n");
	fflush(stdout);
	run_with_peer("pipe_rt", op_pipe_rt, peer_echo, 0, ITER);
	run_wake();
	run_self();
	run_null();
	run_with_peer(
	    "pipe_copy_4k", op_pipe_copy, peer_produce, 4096, COPY_ITER);
	run_with_peer(
	    "pipe_copy_64k", op_pipe_copy, peer_produce, BIG, COPY_ITER / 4);
	printf("PASS bench_linux\n");
	fflush(stdout);
	if (getpid() == 1) {
		(void)reboot(RB_POWERDOWN, NULL);
		die("reboot");
	}
	return 0;
}
