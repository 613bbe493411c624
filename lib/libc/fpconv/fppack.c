/*
 * fppack.c: packing unpacked values into float, double and x87 long
 * double, and unpacking double and long double for printing.
 * Entry points (private): __fpconv_pack_f, __fpconv_pack_d,
 * __fpconv_pack_ld, __fpconv_unpack_d, __fpconv_unpack_ld.
 *
 * An unpacked finite value is mant * 2^exp with mant < 2^prec; a
 * subnormal has exp == emin - prec + 1 and a short mant.
 */
#include <string.h>

#include "fpconv.h"

/* Bit length of a nonzero 64-bit value. */
static int
len64(uint64_t m)
{
	int n = 0;

	while (m != 0) {
		n++;
		m >>= 1;
	}
	return n;
}

/* IEEE binary32/binary64 bits of v, with p significand bits. */
static uint64_t
pack_ieee(const struct __fpval *v, int p, int bias, int ebits)
{
	uint64_t sign = (uint64_t)(v->neg != 0) << (p - 1 + ebits);
	uint64_t expmax = ((uint64_t)1 << ebits) - 1;
	int top;

	switch (v->cls) {
	case __FPR_ZERO:
		return sign;
	case __FPR_INF:
		return sign | (expmax << (p - 1));
	case __FPR_NAN: /* quiet, with the payload in the low bits */
		return sign | (expmax << (p - 1)) | ((uint64_t)1 << (p - 2)) |
		    (v->mant & (((uint64_t)1 << (p - 2)) - 1));
	}
	top = len64(v->mant) - 1;
	if (top < p - 1) /* subnormal */
		return sign | v->mant;
	return sign | ((uint64_t)(v->exp + top + bias) << (p - 1)) |
	    (v->mant & (((uint64_t)1 << (p - 1)) - 1));
}

float
__fpconv_pack_f(const struct __fpval *v)
{
	uint32_t bits = (uint32_t)pack_ieee(v, 24, 127, 8);
	float f;

	memcpy(&f, &bits, sizeof(f));
	return f;
}

double
__fpconv_pack_d(const struct __fpval *v)
{
	uint64_t bits = pack_ieee(v, 53, 1023, 11);
	double d;

	memcpy(&d, &bits, sizeof(d));
	return d;
}

/* x87 extended: explicit integer bit, 15-bit exponent biased by 16383. */
struct x87 {
	uint64_t mant;
	uint16_t sexp;
};

long double
__fpconv_pack_ld(const struct __fpval *v)
{
	union {
		long double ld;
		struct x87 x;
	} u;
	int top;

	memset(&u, 0, sizeof(u));
	u.x.sexp = v->neg ? 0x8000 : 0;
	switch (v->cls) {
	case __FPR_ZERO:
		break;
	case __FPR_INF:
		u.x.sexp |= 0x7fff;
		u.x.mant = (uint64_t)1 << 63;
		break;
	case __FPR_NAN:
		u.x.sexp |= 0x7fff;
		u.x.mant =
		    ((uint64_t)3 << 62) | (v->mant & (((uint64_t)1 << 62) - 1));
		break;
	default:
		top = len64(v->mant) - 1;
		u.x.mant = v->mant << (63 - top);
		if (top == 63)
			u.x.sexp |= (uint16_t)(v->exp + 63 + 16383);
		else
			u.x.mant = v->mant; /* subnormal */
		break;
	}
	return u.ld;
}

int
__fpconv_unpack_d(double d, struct __fpval *v)
{
	uint64_t bits;
	int e;

	memcpy(&bits, &d, sizeof(bits));
	v->neg = (int)(bits >> 63);
	e = (int)((bits >> 52) & 0x7ff);
	v->mant = bits & (((uint64_t)1 << 52) - 1);
	if (e == 0x7ff)
		v->cls = v->mant != 0 ? __FPR_NAN : __FPR_INF;
	else if (e == 0 && v->mant == 0)
		v->cls = __FPR_ZERO;
	else {
		v->cls = __FPR_FINITE;
		if (e != 0)
			v->mant |= (uint64_t)1 << 52;
		v->exp = (e == 0 ? 1 : e) - 1075;
	}
	return v->cls;
}

int
__fpconv_unpack_ld(long double ld, struct __fpval *v)
{
	union {
		long double ld;
		struct x87 x;
	} u;
	int e;

	memset(&u, 0, sizeof(u));
	u.ld = ld;
	v->neg = (u.x.sexp >> 15) & 1;
	e = u.x.sexp & 0x7fff;
	v->mant = u.x.mant;
	if (e == 0x7fff)
		v->cls = (v->mant << 1) != 0 ? __FPR_NAN : __FPR_INF;
	else if (v->mant == 0)
		v->cls = __FPR_ZERO;
	else {
		v->cls = __FPR_FINITE;
		v->exp = (e == 0 ? 1 : e) - 16383 - 63;
	}
	return v->cls;
}
