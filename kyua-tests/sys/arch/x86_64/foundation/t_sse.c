/*
 * t_sse.c: user SSE state survives preemption.  Loaded twice (t_sse_a,
 * t_sse_b): each fills xmm0-xmm15 and MXCSR with its own values, spins
 * through several quanta while the other does the same, and checks that
 * it reads back exactly what it wrote.  SSE off in the kernel (#UD) or
 * state not switched per process both fail.  The runtime is built without
 * SSE, so nothing but this file's assembly touches the registers.
 */

#include "ktest.h"

#define NXMM 16

/* movdqu between xmm<n> and 16 bytes at p. */
#define XMM_LOAD(n, p)	"movdqu " #n "*16(%0), %%xmm" #n "\n\t"
#define XMM_STORE(n, p) "movdqu %%xmm" #n ", " #n "*16(%0)\n\t"

static void
load_all(const uint64_t *v, uint32_t mxcsr)
{
	__asm__ volatile(
	    XMM_LOAD(0, v) XMM_LOAD(1, v) XMM_LOAD(2, v) XMM_LOAD(3, v)
		XMM_LOAD(4, v) XMM_LOAD(5, v) XMM_LOAD(6, v) XMM_LOAD(7, v)
		    XMM_LOAD(8, v) XMM_LOAD(9, v) XMM_LOAD(10, v)
			XMM_LOAD(11, v) XMM_LOAD(12, v) XMM_LOAD(13, v)
			    XMM_LOAD(14, v) XMM_LOAD(15, v) "ldmxcsr %1"
	    :
	    : "r"(v), "m"(mxcsr)
	    : "memory");
}

static uint32_t
store_all(uint64_t *v)
{
	uint32_t mxcsr;

	__asm__ volatile(
	    XMM_STORE(0, v) XMM_STORE(1, v) XMM_STORE(2, v) XMM_STORE(3, v)
		XMM_STORE(4, v) XMM_STORE(5, v) XMM_STORE(6, v) XMM_STORE(7, v)
		    XMM_STORE(8, v) XMM_STORE(9, v) XMM_STORE(10, v)
			XMM_STORE(11, v) XMM_STORE(12, v) XMM_STORE(13, v)
			    XMM_STORE(14, v) XMM_STORE(15, v) "stmxcsr %1"
	    :
	    : "r"(v), "m"(mxcsr)
	    : "memory");
	return mxcsr;
}

int
main(const char *name)
{
	static uint64_t in[2 * NXMM], out[2 * NXMM];
	int b = name[strlen(name) - 1] == 'b';
	const char *test = b ? "sse_preserved_b" : "sse_preserved_a";
	uint32_t mxcsr = b ? 0x5f80 : 0x3f80; /* round up / round down */
	uint32_t got;
	int i;

	for (i = 0; i < 2 * NXMM; i++)
		in[i] = (b ? 0xb000000000000000ULL : 0xa000000000000000ULL) + i;
	load_all(in, mxcsr);
	kt_wait_ticks(30);
	got = store_all(out);
	for (i = 0; i < 2 * NXMM; i++)
		if (out[i] != in[i]) {
			kt_fail(test, "xmm%d changed to %lx", i / 2, out[i]);
			return 1;
		}
	if (got != mxcsr) {
		kt_fail(test, "MXCSR changed from %x to %x", mxcsr, got);
		return 1;
	}
	kt_pass(test);
	return 0;
}
