/*
 * sha2_consts.c: the SHA-2 constants (FIPS 180-4 section 4.2 and 5.3),
 * computed rather than typed: the first 64 fractional bits of the cube
 * roots of the first 80 primes and of the square roots of the first 8.
 *
 * For a root r of prime p, x = floor(r * 2^64) is the largest x with
 * x^n <= p * 2^(64n); it is found bit by bit, with x^n computed exactly
 * in 64-bit limbs.  The fractional bits are the low 64 bits of x.
 */

#include "crypt_impl.h"

#define LIMBS 5

/* r = a * b for numbers of LIMBS limbs (little-endian), truncated. */
static void
mul(const uint64_t *a, const uint64_t *b, uint64_t *r)
{
	unsigned __int128 t;
	uint64_t out[LIMBS] = { 0 };
	int i, j;

	for (i = 0; i < LIMBS; i++) {
		uint64_t carry = 0;

		for (j = 0; i + j < LIMBS; j++) {
			t = (unsigned __int128)a[i] * b[j] + out[i + j] + carry;
			out[i + j] = (uint64_t)t;
			carry = (uint64_t)(t >> 64);
		}
	}
	for (i = 0; i < LIMBS; i++)
		r[i] = out[i];
}

/* Whether x^n <= p * 2^(64n), x = hi * 2^64 + lo. */
static int
fits(uint64_t hi, uint64_t lo, uint64_t p, int n)
{
	uint64_t x[LIMBS] = { lo, hi }, pw[LIMBS] = { lo, hi };
	int i;

	for (i = 1; i < n; i++)
		mul(pw, x, pw);
	for (i = LIMBS - 1; i >= 0; i--) {
		uint64_t want = i == n ? p : 0;

		if (pw[i] != want)
			return pw[i] < want;
	}
	return 1;
}

/* The first 64 fractional bits of the n-th root of p. */
static uint64_t
root_frac(uint64_t p, int n)
{
	uint64_t hi = 1, lo = 0;
	int b;

	while (fits(hi + 1, 0, p, n))
		hi++;
	for (b = 63; b >= 0; b--)
		if (fits(hi, lo | (uint64_t)1 << b, p, n))
			lo |= (uint64_t)1 << b;
	return lo;
}

static uint64_t k[80], h[8];
static int ready;

static void
derive(void)
{
	uint64_t p = 1, d;
	int i = 0, prime;

	while (i < 80) {
		p++;
		for (prime = 1, d = 2; d * d <= p; d++)
			if (p % d == 0)
				prime = 0;
		if (!prime)
			continue;
		if (i < 8)
			h[i] = root_frac(p, 2);
		k[i++] = root_frac(p, 3);
	}
	ready = 1;
}

const uint64_t *
__sha2_k(void)
{
	if (!ready)
		derive();
	return k;
}

const uint64_t *
__sha2_h(void)
{
	if (!ready)
		derive();
	return h;
}
