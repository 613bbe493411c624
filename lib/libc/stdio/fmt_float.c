/*
 * fmt_float.c: printf's floating conversions %e %E %f %F %g %G %a %A.
 * Entry point (private): __fmt_float.
 *
 * Decimal digits come from __fpconv_digits (exact, round half to even);
 * %a is produced directly from the significand bits, rounded half to
 * even when a precision is given.  Layout follows C99 7.19.6.1 with the
 * glibc/NetBSD choices for the hexadecimal form: a double shows a leading
 * 1 (0 for subnormals, exponent -1022), a long double the top four bits of
 * its 64-bit significand.
 */
#include <stdint.h>
#include <string.h>

#include "fpconv.h"
#include "printf_impl.h"

/* A decimal rendering of a value: what to print, before padding. */
struct layout {
	const char *dig;
	int n;	       /* stored digits; later ones are 0 */
	int decpt;     /* value = 0.dig * 10^decpt */
	int exp_style; /* 1: d.ddde+xx, 0: ddd.ddd */
	int frac;      /* digits after the point */
	int dot;
	int upper;
};

static int
exp_len(int x)
{
	int n = 0;

	if (x < 0)
		x = -x;
	do {
		n++;
		x /= 10;
	} while (x != 0);
	return n < 2 ? 2 : n;
}

static long
layout_len(const struct layout *l)
{
	if (l->exp_style)
		return 1L + l->dot + l->frac + 2 +
		    exp_len(l->n == 0 ? 0 : l->decpt - 1);
	return (long)(l->decpt > 0 ? l->decpt : 1) + l->dot + l->frac;
}

/* Digits [from, from + count) of the digit string, zeros past the end. */
static void
put_digits(struct __fmtout *o, const struct layout *l, int from, int count)
{
	int lead = 0, have;

	if (count <= 0)
		return;
	if (from < 0) {
		lead = -from < count ? -from : count;
		__fmt_pad(o, '0', lead);
		from = 0;
		count -= lead;
	}
	have = l->n - from;
	if (have > count)
		have = count;
	if (have > 0) {
		__fmt_put(o, l->dig + from, (size_t)have);
		count -= have;
	}
	__fmt_pad(o, '0', count);
}

static void
put_exp(struct __fmtout *o, const struct layout *l)
{
	char b[8];
	int x = l->n == 0 ? 0 : l->decpt - 1, i = (int)sizeof(b), neg = x < 0;

	if (neg)
		x = -x;
	do {
		b[--i] = (char)('0' + x % 10);
		x /= 10;
	} while (x != 0);
	if (sizeof(b) - (size_t)i < 2)
		b[--i] = '0';
	b[--i] = neg ? '-' : '+';
	b[--i] = l->upper ? 'E' : 'e';
	__fmt_put(o, b + i, sizeof(b) - (size_t)i);
}

static void
layout_emit(struct __fmtout *o, const struct layout *l)
{
	if (l->exp_style) {
		put_digits(o, l, 0, 1);
		if (l->dot)
			__fmt_put(o, ".", 1);
		put_digits(o, l, 1, l->frac);
		put_exp(o, l);
		return;
	}
	if (l->decpt > 0)
		put_digits(o, l, 0, l->decpt);
	else
		__fmt_put(o, "0", 1);
	if (l->dot)
		__fmt_put(o, ".", 1);
	put_digits(o, l, l->decpt, l->frac);
}

/* Sign, zero padding and field padding around a body of blen bytes. */
static void
pad_field(struct __fmtout *o, const struct __fmtspec *sp, const char *pfx,
    long blen, int zero_ok, int before)
{
	long plen = (long)strlen(pfx), fill = sp->width - plen - blen;

	if (fill < 0)
		fill = 0;
	if (before) {
		if (!(sp->flags & __FMT_MINUS) &&
		    !(zero_ok && (sp->flags & __FMT_ZERO)))
			__fmt_pad(o, ' ', (int)fill);
		__fmt_put(o, pfx, (size_t)plen);
		if (!(sp->flags & __FMT_MINUS) && zero_ok &&
		    (sp->flags & __FMT_ZERO))
			__fmt_pad(o, '0', (int)fill);
	} else if (sp->flags & __FMT_MINUS)
		__fmt_pad(o, ' ', (int)fill);
}

static void
decimal(struct __fmtout *o, const struct __fmtspec *sp, struct __fpval *v,
    const char *sign)
{
	char dig[__FPD_BUFSIZE];
	struct layout l;
	int c = sp->conv | 0x20, prec = sp->prec < 0 ? 6 : sp->prec;
	int hash = (sp->flags & __FMT_HASH) != 0, x, p;
	long blen;

	l.dig = dig;
	l.upper = sp->conv != c;
	l.n = 0;
	l.decpt = 1;
	if (c == 'g' && prec == 0)
		prec = 1;
	if (v->cls == __FPR_FINITE)
		l.n = __fpconv_digits(v->mant, v->exp,
		    c == 'f' ? __FPD_FRAC : __FPD_SIG,
		    c == 'e' ? prec + 1 : prec, dig, &l.decpt);
	if (l.n == 0)
		l.decpt = 1;
	l.exp_style = c == 'e';
	l.frac = prec;
	if (c == 'g') {
		x = l.n == 0 ? 0 : l.decpt - 1;
		p = prec;
		l.exp_style = !(p > x && x >= -4);
		l.frac = l.exp_style ? p - 1 : p - 1 - x;
		if (!hash) {
			int used = l.exp_style ? l.n - 1 : l.n - l.decpt;

			if (used < 0)
				used = 0;
			if (used < l.frac)
				l.frac = used;
		}
	}
	l.dot = l.frac > 0 || hash;
	blen = layout_len(&l);
	pad_field(o, sp, sign, blen, 1, 1);
	layout_emit(o, &l);
	pad_field(o, sp, sign, blen, 1, 0);
}

static const char hexl[] = "0123456789abcdef", hexu[] = "0123456789ABCDEF";

/*
 * Round frac (fb bits) to prec hex digits, ties to even (the leading
 * digit's parity when no fraction digit is kept); returns the carry.
 */
static int
hex_round(uint64_t *frac, int fb, int prec, int lead)
{
	int drop = fb - 4 * prec;
	uint64_t rem, half, f = *frac;

	if (drop <= 0)
		return 0;
	rem = f & ((drop == 64 ? 0 : ((uint64_t)1 << drop)) - 1);
	half = (uint64_t)1 << (drop - 1);
	f = drop == 64 ? 0 : f >> drop;
	if (rem > half || (rem == half && ((prec == 0 ? lead : f) & 1)))
		f++;
	if (prec < 16 && (f >> (4 * prec)) != 0) {
		*frac = 0;
		return 1;
	}
	*frac = f << drop;
	return 0;
}

static void
hexfloat(struct __fmtout *o, const struct __fmtspec *sp, struct __fpval *v,
    const char *sign, int isld)
{
	const char *hx = sp->conv == 'A' ? hexu : hexl;
	char body[64], pfx[8];
	int fb = isld ? 60 : 52, lead, x, nd, i = 0, k, pp;
	uint64_t frac;
	long blen;

	if (v->cls == __FPR_ZERO) {
		lead = 0;
		frac = 0;
		x = 0;
	} else if (isld) {
		lead = (int)(v->mant >> 60);
		frac = v->mant & (((uint64_t)1 << 60) - 1);
		x = v->exp + 60;
	} else {
		lead = (int)(v->mant >> 52);
		frac = v->mant & (((uint64_t)1 << 52) - 1);
		x = lead ? v->exp + 52 : -1022;
	}
	if (sp->prec >= 0) {
		lead += hex_round(&frac, fb, sp->prec, lead);
		nd = sp->prec;
		if (lead == 16) { /* long double: 0xf.f rounds to 0x1p+4 */
			lead = 1;
			x += 4;
		}
	} else {
		for (nd = fb / 4; nd > 0 && ((frac >> (fb - 4 * nd)) & 15) == 0;
		     nd--)
			continue;
	}
	body[i++] = hx[lead];
	if (nd > 0 || (sp->flags & __FMT_HASH))
		body[i++] = '.';
	for (k = 1; k <= nd && k <= fb / 4; k++)
		body[i++] = hx[(frac >> (fb - 4 * k)) & 15];
	pp = i;
	body[i++] = sp->conv == 'A' ? 'P' : 'p';
	body[i++] = x < 0 ? '-' : '+';
	if (x < 0)
		x = -x;
	for (k = 10000; k > 1 && x < k; k /= 10)
		continue;
	for (; k > 0; k /= 10)
		body[i++] = (char)('0' + x / k % 10);
	blen = i + (nd > fb / 4 ? nd - fb / 4 : 0);
	strcpy(pfx, sign);
	strcat(pfx, sp->conv == 'A' ? "0X" : "0x");
	pad_field(o, sp, pfx, blen, 1, 1);
	__fmt_put(o, body, (size_t)pp);
	if (nd > fb / 4)
		__fmt_pad(o, '0', nd - fb / 4);
	__fmt_put(o, body + pp, (size_t)(i - pp));
	pad_field(o, sp, pfx, blen, 1, 0);
}

void
__fmt_float(
    struct __fmtout *o, const struct __fmtspec *sp, long double val, int isld)
{
	struct __fpval v;
	const char *sign, *word;
	int upper = sp->conv >= 'A' && sp->conv <= 'Z';

	if (isld)
		__fpconv_unpack_ld(val, &v);
	else
		__fpconv_unpack_d((double)val, &v);
	sign = v.neg			? "-"
	    : (sp->flags & __FMT_PLUS)	? "+"
	    : (sp->flags & __FMT_SPACE) ? " "
					: "";
	if (v.cls == __FPR_INF || v.cls == __FPR_NAN) {
		word = v.cls == __FPR_INF ? (upper ? "INF" : "inf")
					  : (upper ? "NAN" : "nan");
		pad_field(o, sp, sign, 3, 0, 1);
		__fmt_put(o, word, 3);
		pad_field(o, sp, sign, 3, 0, 0);
		return;
	}
	if ((sp->conv | 0x20) == 'a')
		hexfloat(o, sp, &v, sign, isld);
	else
		decimal(o, sp, &v, sign);
}
