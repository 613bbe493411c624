/*
 * bignum.c: the fixed-capacity unsigned big integers behind the exact
 * floating-point conversions.  Entry points (all private): __bn_set_u64,
 * __bn_is_zero, __bn_muladd, __bn_mul_pow5, __bn_shl, __bn_bitlen,
 * __bn_cmp, __bn_sub, __bn_divsmall, __bn_take_above.
 *
 * Operations that grow a number return -1 if it would exceed __BN_WORDS;
 * callers size their inputs so that this never happens, and treat it as
 * an internal error when it does.
 */
#include "fpconv.h"

static void
bn_trim(struct __bn *b)
{
	while (b->n > 0 && b->w[b->n - 1] == 0)
		b->n--;
}

void
__bn_set_u64(struct __bn *b, uint64_t v)
{
	b->w[0] = (uint32_t)v;
	b->w[1] = (uint32_t)(v >> 32);
	b->n = 2;
	bn_trim(b);
}

int
__bn_is_zero(const struct __bn *b)
{
	return b->n == 0;
}

/* b = b * m + add */
int
__bn_muladd(struct __bn *b, uint32_t m, uint32_t add)
{
	uint64_t carry = add;
	int i;

	for (i = 0; i < b->n; i++) {
		carry += (uint64_t)b->w[i] * m;
		b->w[i] = (uint32_t)carry;
		carry >>= 32;
	}
	if (carry != 0) {
		if (b->n >= __BN_WORDS)
			return -1;
		b->w[b->n++] = (uint32_t)carry;
	}
	return 0;
}

/* b = b * 5^k */
int
__bn_mul_pow5(struct __bn *b, int k)
{
	static const uint32_t pow5[14] = { 1, 5, 25, 125, 625, 3125, 15625,
		78125, 390625, 1953125, 9765625, 48828125, 244140625,
		1220703125 };
	int step;

	while (k > 0) {
		step = k > 13 ? 13 : k;
		if (__bn_muladd(b, pow5[step], 0) != 0)
			return -1;
		k -= step;
	}
	return 0;
}

int
__bn_shl(struct __bn *b, int bits)
{
	int words = bits / 32, sh = bits % 32, i, n;
	uint32_t top;

	if (b->n == 0 || bits == 0)
		return 0;
	top = sh == 0 ? 0 : b->w[b->n - 1] >> (32 - sh);
	n = b->n + words + (top != 0);
	if (n > __BN_WORDS)
		return -1;
	if (top != 0)
		b->w[n - 1] = top;
	for (i = b->n - 1; i >= 0; i--) {
		uint32_t lo = (sh != 0 && i > 0) ? b->w[i - 1] >> (32 - sh) : 0;
		b->w[i + words] = sh == 0 ? b->w[i] : (b->w[i] << sh) | lo;
	}
	for (i = 0; i < words; i++)
		b->w[i] = 0;
	b->n = n;
	return 0;
}

int
__bn_bitlen(const struct __bn *b)
{
	uint32_t top;
	int bits;

	if (b->n == 0)
		return 0;
	top = b->w[b->n - 1];
	bits = (b->n - 1) * 32;
	while (top != 0) {
		bits++;
		top >>= 1;
	}
	return bits;
}

int
__bn_cmp(const struct __bn *a, const struct __bn *b)
{
	int i;

	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	for (i = a->n - 1; i >= 0; i--) {
		if (a->w[i] != b->w[i])
			return a->w[i] < b->w[i] ? -1 : 1;
	}
	return 0;
}

/* a = a - b, where a >= b */
void
__bn_sub(struct __bn *a, const struct __bn *b)
{
	uint64_t borrow = 0, d;
	int i;

	for (i = 0; i < a->n; i++) {
		d = (uint64_t)a->w[i] - (i < b->n ? b->w[i] : 0) - borrow;
		a->w[i] = (uint32_t)d;
		borrow = (d >> 32) & 1;
	}
	bn_trim(a);
}

/* b = b / d; returns the remainder */
uint32_t
__bn_divsmall(struct __bn *b, uint32_t d)
{
	uint64_t rem = 0;
	int i;

	for (i = b->n - 1; i >= 0; i--) {
		rem = (rem << 32) | b->w[i];
		b->w[i] = (uint32_t)(rem / d);
		rem %= d;
	}
	bn_trim(b);
	return (uint32_t)rem;
}

/*
 * Return b >> s (which must fit in 32 bits) and clear those bits, leaving
 * b < 2^s: splits a fixed-point number into integer and fraction.
 */
uint32_t
__bn_take_above(struct __bn *b, int s)
{
	int word = s / 32, sh = s % 32;
	uint64_t hi = 0;

	if (word < b->n)
		hi = b->w[word] >> sh;
	if (word + 1 < b->n && sh != 0)
		hi |= (uint64_t)b->w[word + 1] << (32 - sh);
	if (word < b->n) {
		b->w[word] &= sh == 0 ? 0 : ((uint32_t)1 << sh) - 1;
		if (b->n > word + 1)
			b->n = word + 1;
		bn_trim(b);
	}
	return (uint32_t)hi;
}
