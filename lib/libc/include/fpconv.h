/*
 * fpconv.h: private interface of the floating-point conversion area
 * (lib/libc/fpconv), shared by strtod/strtof/strtold, printf and scanf.
 *
 * All conversions are exact: a small fixed-capacity big-integer type
 * (struct __bn) carries decimal and binary values without any floating
 * arithmetic, so every result is correctly rounded (round half to even).
 */
#ifndef _FPCONV_H_
#define _FPCONV_H_

#include <stddef.h>
#include <stdint.h>

/*
 * Capacity in 32-bit words.  The largest number ever held is about
 * 38,700 bits (an 11,600-digit decimal significand of a long double scaled
 * to the size of 5^16551); 1280 words is 40,960 bits.
 */
#define __BN_WORDS 1280

struct __bn {
	int n;			/* words in use; w[n - 1] != 0 */
	uint32_t w[__BN_WORDS]; /* little-endian */
};

void __bn_set_u64(struct __bn *, uint64_t);
int __bn_is_zero(const struct __bn *);
int __bn_muladd(struct __bn *, uint32_t, uint32_t);
int __bn_mul_pow5(struct __bn *, int);
int __bn_shl(struct __bn *, int);
int __bn_bitlen(const struct __bn *);
int __bn_cmp(const struct __bn *, const struct __bn *);
void __bn_sub(struct __bn *, const struct __bn *);
uint32_t __bn_divsmall(struct __bn *, uint32_t);
uint32_t __bn_take_above(struct __bn *, int);

/* Binary formats the converters produce. */
enum __fpkind { __FP_FLOAT, __FP_DOUBLE, __FP_LDOUBLE };

struct __fpformat {
	int prec;      /* significand bits, incl. the leading one */
	int emin;      /* exponent of the smallest normal 1.x * 2^e */
	int emax;      /* exponent of the largest finite value */
	int maxdigits; /* decimal digits kept exactly when parsing */
};

extern const struct __fpformat __fpformats[3];

/* Result class of a conversion. */
#define __FPR_ZERO   0
#define __FPR_FINITE 1
#define __FPR_INF    2
#define __FPR_NAN    3

/*
 * An unpacked value: (-1)^neg * mant * 2^exp, mant < 2^prec.
 * range is nonzero when the conversion overflowed or underflowed
 * (inexact and below the normal range): the caller sets ERANGE.
 */
struct __fpval {
	int cls;
	int neg;
	int range;
	uint64_t mant;
	int exp;
};

/* Parse a strtod-style number; the engine behind the strtod family. */
const char *__fpconv_parse(const char *, enum __fpkind, struct __fpval *);
/* Round num/den * 2^e2 to the format (num, den are clobbered). */
void __fpconv_round(struct __bn *, struct __bn *, int,
    const struct __fpformat *, struct __fpval *);

float __fpconv_pack_f(const struct __fpval *);
double __fpconv_pack_d(const struct __fpval *);
long double __fpconv_pack_ld(const struct __fpval *);

/* Unpack a value for printing: mant * 2^exp; returns the class. */
int __fpconv_unpack_d(double, struct __fpval *);
int __fpconv_unpack_ld(long double, struct __fpval *);

/* Digit generation for printf. */
#define __FPD_SIG  0 /* ndig significant digits (%e, %g) */
#define __FPD_FRAC 1 /* ndig digits after the point (%f) */

/* Enough for every significant digit of any finite long double. */
#define __FPD_BUFSIZE 11800

int __fpconv_digits(uint64_t, int, int, int, char *, int *);

#endif /* !_FPCONV_H_ */
