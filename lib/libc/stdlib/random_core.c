/*
 * random_core.c: the generator of random(3) (private, see
 * random_impl.h).
 *
 * An additive lagged-Fibonacci generator x[i] = x[i - deg] + x[i - sep]
 * (mod 2^32) over a table of deg words in a caller-supplied state
 * buffer; the output is the sum shifted right by one (31 bits).  The
 * buffer size picks deg: 8..31 bytes use a plain LCG, 32 -> 7, 64 -> 15,
 * 128 -> 31, 256 or more -> 63.  Word 0 of the buffer records the type
 * and the rear position, so setstate can resume a saved buffer.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>

#include "random_impl.h"

struct kind {
	size_t bytes; /* minimum buffer size */
	int deg, sep;
};

static const struct kind kinds[] = {
	{ 8, 0, 0 },
	{ 32, 7, 3 },
	{ 64, 15, 1 },
	{ 128, 31, 3 },
	{ 256, 63, 1 },
};

#define NKINDS ((int)(sizeof(kinds) / sizeof(kinds[0])))

static uint32_t default_buf[1 + 31];
static uint32_t *state = default_buf; /* word 0 is the header */
static int type = 3, rear, seeded;

static void
save_position(void)
{
	state[0] = (uint32_t)(rear * NKINDS + type);
}

static uint32_t
next_park_miller(uint32_t x)
{
	/* 16807 * x mod (2^31 - 1), the classic minimal standard. */
	uint64_t v = (uint64_t)x * 16807 % 2147483647;

	return (uint32_t)v;
}

void
__random_seed(unsigned int seed)
{
	uint32_t *x = state + 1;
	int i, deg = kinds[type].deg;

	seeded = 1;
	x[0] = seed;
	if (deg == 0)
		return;
	if (x[0] == 0)
		x[0] = 1;
	for (i = 1; i < deg; i++)
		x[i] = next_park_miller(x[i - 1]);
	rear = 0;
	for (i = 0; i < 10 * deg; i++)
		(void)__random_next();
}

long
__random_next(void)
{
	uint32_t *x = state + 1;
	int deg = kinds[type].deg, front;
	uint32_t v;

	if (!seeded)
		__random_seed(1);
	if (deg == 0) {
		x[0] = (x[0] * 1103515245U + 12345U) & 0x7fffffff;
		return (long)x[0];
	}
	front = (rear + kinds[type].sep) % deg;
	x[front] += x[rear];
	v = x[front] >> 1;
	rear = (rear + 1) % deg;
	return (long)v;
}

char *
__random_initstate(unsigned int seed, char *buf, size_t n)
{
	char *old = (char *)state;
	int t;

	if (n < kinds[0].bytes || ((uintptr_t)buf & 3) != 0) {
		errno = EINVAL;
		return NULL;
	}
	if (!seeded)
		__random_seed(1);
	save_position();
	for (t = NKINDS - 1; kinds[t].bytes > n; t--)
		continue;
	state = (uint32_t *)(void *)buf;
	type = t;
	__random_seed(seed);
	save_position();
	return old;
}

char *
__random_setstate(char *buf)
{
	uint32_t *s = (uint32_t *)(void *)buf, hdr;
	char *old = (char *)state;
	int t, r;

	if (buf == NULL || ((uintptr_t)buf & 3) != 0) {
		errno = EINVAL;
		return NULL;
	}
	hdr = s[0];
	t = (int)(hdr % NKINDS);
	r = (int)(hdr / NKINDS);
	if (kinds[t].deg != 0 ? r >= kinds[t].deg : r != 0) {
		errno = EINVAL;
		return NULL;
	}
	if (!seeded)
		__random_seed(1);
	save_position();
	state = s;
	type = t;
	rear = r;
	seeded = 1;
	return old;
}
