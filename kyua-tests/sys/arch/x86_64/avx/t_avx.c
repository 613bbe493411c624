/*
 * t_avx.c: AVX state (all 256 bits of ymm0-ymm15) survives context
 * switches.  Loaded twice (t_avx_a, t_avx_b): each checks that the kernel
 * enabled AVX (CPUID OSXSAVE and AVX, XCR0 has SSE|AVX) and that a new
 * process starts with zeroed vector registers, fills ymm0-15 with its own
 * pattern, plays SENDREC ping-pong with the other NPING times (a process
 * switch each way), then busy-waits through several quanta while the
 * other does the same (timer preemption), checking the registers after
 * each phase.  The runtime is built without SSE, so only this file's
 * assembly touches the vector registers.
 */

#include "ktest.h"
#include "ktipc.h"

#define NYMM	    16
#define NWORDS	    (4 * NYMM) /* uint64_t words in ymm0-15 */
#define NPING	    2000
#define CHECK_EVERY 100

#define YMM_LOAD(n)  "vmovdqu " #n "*32(%0), %%ymm" #n "\n\t"
#define YMM_STORE(n) "vmovdqu %%ymm" #n ", " #n "*32(%0)\n\t"

static void
load_all(const uint64_t *v)
{
	__asm__ volatile(YMM_LOAD(0) YMM_LOAD(1) YMM_LOAD(2) YMM_LOAD(
	    3) YMM_LOAD(4) YMM_LOAD(5) YMM_LOAD(6) YMM_LOAD(7) YMM_LOAD(8)
			     YMM_LOAD(9) YMM_LOAD(10) YMM_LOAD(11) YMM_LOAD(12)
				 YMM_LOAD(13) YMM_LOAD(14) YMM_LOAD(15)
			 :
			 : "r"(v)
			 : "memory");
}

static void
store_all(uint64_t *v)
{
	__asm__ volatile(YMM_STORE(0) YMM_STORE(1) YMM_STORE(2) YMM_STORE(3)
			     YMM_STORE(4) YMM_STORE(5) YMM_STORE(6) YMM_STORE(7)
				 YMM_STORE(8) YMM_STORE(9) YMM_STORE(10)
				     YMM_STORE(11) YMM_STORE(12) YMM_STORE(13)
					 YMM_STORE(14) YMM_STORE(15)
			 :
			 : "r"(v)
			 : "memory");
}

static char side; /* 'a' or 'b' */
static char tname[40];

static const char *
test(const char *base)
{
	size_t n = strlen(base);

	memcpy(tname, base, n);
	tname[n] = '_';
	tname[n + 1] = side;
	tname[n + 2] = '\0';
	return tname;
}

/* AVX usable in ring 3: CPUID.1:ECX OSXSAVE (27) and AVX (28), XCR0. */
static int
avx_enabled(void)
{
	uint32_t a = 1, b, c = 0, d, lo, hi;

	__asm__ volatile("cpuid" : "+a"(a), "=b"(b), "+c"(c), "=d"(d));
	if (!(c & (1U << 27))) {
		kt_fail(test("avx_enabled"), "CR4.OSXSAVE is off (no XSAVE)");
		return 0;
	}
	if (!(c & (1U << 28))) {
		kt_fail(test("avx_enabled"), "the CPU has no AVX (-cpu max?)");
		return 0;
	}
	__asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
	if ((lo & 6) != 6) {
		kt_fail(test("avx_enabled"), "XCR0 is %x: SSE|AVX not on", lo);
		return 0;
	}
	kt_pass(test("avx_enabled"));
	return 1;
}

/* Compare the registers with want; report a mismatch under `name'. */
static int
same(const char *name, const uint64_t *want, int round)
{
	static uint64_t got[NWORDS];
	int i;

	store_all(got);
	for (i = 0; i < NWORDS; i++)
		if (got[i] != want[i]) {
			kt_fail(test(name),
			    "round %d: ymm%d word %d is %lx, not %lx", round,
			    i / 4, i % 4, got[i], want[i]);
			return 0;
		}
	return 1;
}

static int
ping_pong(endpoint_t peer, const uint64_t *want)
{
	message m;
	int i, r;

	for (i = 0; i < NPING; i++) {
		memset(&m, 0, sizeof(m));
		m.m_type = i;
		if (side == 'a')
			r = kt_sendrec(peer, &m);
		else if ((r = kt_receive(peer, &m)) == 0)
			r = kt_send(peer, &m);
		if (r != 0) {
			kt_fail(test("avx_ipc_preserved"), "IPC %d failed: %d",
			    i, r);
			return 0;
		}
		if (i % CHECK_EVERY == 0 && !same("avx_ipc_preserved", want, i))
			return 0;
	}
	if (!same("avx_ipc_preserved", want, i))
		return 0;
	kt_pass(test("avx_ipc_preserved"));
	return 1;
}

static void
preempted(const uint64_t *want)
{
	uint64_t c0 = kt_cpu_ticks(), u0 = kt_uptime(), cpu, wall;

	kt_wait_ticks(30);
	cpu = kt_cpu_ticks() - c0;
	wall = kt_uptime() - u0;
	if (!same("avx_preempt_preserved", want, 0))
		return;
	if (wall - cpu < 5)
		kt_fail(test("avx_preempt_preserved"),
		    "not preempted: %lu CPU ticks in %lu", cpu, wall);
	else
		kt_pass(test("avx_preempt_preserved"));
}

int
main(const char *name)
{
	static uint64_t want[NWORDS], zero[NWORDS];
	endpoint_t peer;
	int i;

	side = name[strlen(name) - 1];
	peer = kt_lookup(side == 'a' ? "t_avx_b" : "t_avx_a");
	if (!avx_enabled())
		return 1;
	if (same("avx_initial_zero", zero, 0))
		kt_pass(test("avx_initial_zero"));
	for (i = 0; i < NWORDS; i++)
		want[i] = ((uint64_t)side << 56) | ((uint64_t)i << 32) |
		    (0x5a5a0000U + (uint32_t)i * 0x1111U);
	load_all(want);
	if (peer < 0) {
		kt_fail(test("avx_ipc_preserved"), "no peer: %d", peer);
		return 1;
	}
	if (ping_pong(peer, want))
		preempted(want);
	return 0;
}
