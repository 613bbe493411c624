/*
 * pi_hex.c: the hexadecimal digits of pi's fraction, which Blowfish uses
 * for its initial P-array and S-boxes (pi = 3.243F6A88 85A308D3 ...).
 * They are computed at first use with Machin's formula,
 *
 *	pi = 16 atan(1/5) - 4 atan(1/239),
 *	atan(1/x) = 1/x - 1/(3x^3) + 1/(5x^5) - ...
 *
 * in fixed point: word 0 is the integer part, words 1.. the fraction in
 * 32-bit limbs, most significant first, with guard words against the
 * rounding of each term.
 */

#include <stdlib.h>
#include <string.h>

#include "crypt_impl.h"

#define GUARD 4

/* a /= d; returns nonzero if a is still nonzero. */
static int
div_small(uint32_t *a, size_t n, uint32_t d)
{
	uint64_t rem = 0;
	uint32_t any = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		rem = rem << 32 | a[i];
		a[i] = (uint32_t)(rem / d);
		rem %= d;
		any |= a[i];
	}
	return any != 0;
}

/* sum += a * m (sub: sum -= a * m). */
static void
add_mul(uint32_t *sum, const uint32_t *a, size_t n, uint32_t m, int sub)
{
	uint64_t carry = 0, prod;
	size_t i = n;

	while (i-- > 0) {
		prod = (uint64_t)a[i] * m + carry;
		carry = prod >> 32;
		if (sub) {
			uint64_t t = (uint64_t)sum[i] - (uint32_t)prod;

			sum[i] = (uint32_t)t;
			carry += (t >> 63) & 1; /* borrow */
		} else {
			uint64_t t = (uint64_t)sum[i] + (uint32_t)prod;

			sum[i] = (uint32_t)t;
			carry += t >> 32;
		}
	}
}

/* sum += m * atan(1/x), or with neg set sum -= m * atan(1/x). */
static void
add_atan(uint32_t *sum, uint32_t *term, uint32_t *t, size_t n, uint32_t x,
    uint32_t m, int neg)
{
	uint32_t k;

	memset(term, 0, n * sizeof(*term));
	term[0] = 1;
	div_small(term, n, x); /* 1/x */
	for (k = 0;; k++) {
		memcpy(t, term, n * sizeof(*t));
		div_small(t, n, 2 * k + 1);
		add_mul(sum, t, n, m, (int)(k & 1) != neg);
		if (!div_small(term, n, x * x))
			break;
	}
}

const uint32_t *
__pi_words(size_t words)
{
	static uint32_t *pi;
	static size_t have;
	uint32_t *sum, *term, *t;
	size_t n = words + 1 + GUARD;

	if (pi != NULL && have >= words)
		return pi + 1;
	sum = calloc(n, sizeof(*sum));
	term = malloc(n * sizeof(*term));
	t = malloc(n * sizeof(*t));
	if (sum == NULL || term == NULL || t == NULL) {
		free(sum);
		free(term);
		free(t);
		return NULL;
	}
	add_atan(sum, term, t, n, 5, 16, 0);
	add_atan(sum, term, t, n, 239, 4, 1);
	free(term);
	free(t);
	free(pi);
	pi = sum;
	have = words;
	return pi + 1;
}
