/*
 * fpround.c: exact rounding of a ratio of big integers to a binary format.
 * Entry points (private): __fpformats, __fpconv_round.
 *
 * The value num/den * 2^e2 is normalised so that 1 <= num/den < 2, then
 * the significand is produced one bit at a time by long division; the
 * bit after the last one kept and whether any remainder is left decide
 * the rounding (to nearest, ties to even).  Only integer arithmetic is
 * used, so the result is the correctly rounded value for every input.
 */
#include "fpconv.h"

const struct __fpformat __fpformats[3] = {
	[__FP_FLOAT] = { 24, -126, 127, 120 },
	[__FP_DOUBLE] = { 53, -1022, 1023, 800 },
	[__FP_LDOUBLE] = { 64, -16382, 16383, 11600 },
};

/* Scale num or den so both have the same bit length; returns the shift. */
static int
align(struct __bn *num, struct __bn *den)
{
	int d = __bn_bitlen(num) - __bn_bitlen(den);

	if (d > 0)
		(void)__bn_shl(den, d);
	else if (d < 0)
		(void)__bn_shl(num, -d);
	if (__bn_cmp(num, den) < 0) {
		(void)__bn_shl(num, 1);
		d--;
	}
	return d;
}

/* Next quotient bit of num/den; num = 2 * (num - bit * den). */
static int
next_bit(struct __bn *num, const struct __bn *den)
{
	int bit = __bn_cmp(num, den) >= 0;

	if (bit)
		__bn_sub(num, den);
	(void)__bn_shl(num, 1);
	return bit;
}

static void
set_overflow(struct __fpval *v)
{
	v->cls = __FPR_INF;
	v->range = 1;
}

void
__fpconv_round(struct __bn *num, struct __bn *den, int e2,
    const struct __fpformat *f, struct __fpval *v)
{
	int e, bits, i, half, sticky, carry;
	uint64_t m = 0;

	v->range = 0;
	if (__bn_is_zero(num)) {
		v->cls = __FPR_ZERO;
		return;
	}
	e = e2 + align(num, den);
	if (e > f->emax) {
		set_overflow(v);
		return;
	}
	bits = e >= f->emin ? f->prec : f->prec - (f->emin - e);
	if (bits < 0) {
		v->cls = __FPR_ZERO;
		v->range = 1;
		return;
	}
	for (i = 0; i < bits; i++)
		m = (m << 1) | (uint64_t)next_bit(num, den);
	half = next_bit(num, den);
	sticky = !__bn_is_zero(num);
	carry = 0;
	if (half && (sticky || (m & 1))) {
		m++;
		carry = bits < 64 ? (m >> bits) != 0 : m == 0;
	}
	v->exp = e - bits + 1;
	if (carry && bits == f->prec) {
		m = bits < 64 ? m >> 1 : (uint64_t)1 << 63;
		v->exp++;
		if (e + 1 > f->emax) {
			set_overflow(v);
			return;
		}
	}
	v->mant = m;
	v->cls = m == 0 ? __FPR_ZERO : __FPR_FINITE;
	v->range = e < f->emin && (half || sticky);
}
