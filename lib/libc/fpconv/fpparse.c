/*
 * fpparse.c: the parser behind strtod, strtof, strtold and scanf's
 * floating conversions.  Entry point (private): __fpconv_parse.
 *
 * Accepts leading white space, a sign, then a decimal number with an
 * optional exponent, a hexadecimal number 0x<hex>[.<hex>][p<exp>],
 * INF, INFINITY, NAN or NAN(chars), case-insensitively.  The significand
 * digits go into a big integer exactly (up to the format's maxdigits;
 * any nonzero digit beyond that becomes a sticky digit, which is exact
 * for rounding because no halfway point has that many digits), then
 * __fpconv_round does the correctly rounded conversion.
 */
#include <stddef.h>

#include "fpconv.h"

#define EXP_CLAMP 100000000

struct digits {
	struct __bn num;
	int kept;     /* significant digits stored */
	int sticky;   /* nonzero digits dropped */
	long scale;   /* exponent adjustment in digits */
	uint32_t acc; /* pending digits not yet in num */
	int nacc;
};

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int
isspace_c(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = lower(c);
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* Case-insensitive prefix match; returns the length or 0. */
static size_t
match(const char *s, const char *word)
{
	size_t i;

	for (i = 0; word[i] != '\0'; i++) {
		if (lower((unsigned char)s[i]) != word[i])
			return 0;
	}
	return i;
}

static void
flush_acc(struct digits *d, uint32_t mul)
{
	(void)__bn_muladd(&d->num, mul, d->acc);
	d->acc = 0;
	d->nacc = 0;
}

/* Add one digit in base radix (10 or 16). */
static void
add_digit(struct digits *d, int v, int radix, int limit)
{
	if (d->kept == 0 && v == 0)
		return;
	if (d->kept >= limit) {
		d->sticky |= v != 0;
		d->scale++;
		return;
	}
	d->kept++;
	if (radix == 16) {
		(void)__bn_muladd(&d->num, 16, (uint32_t)v);
		return;
	}
	d->acc = d->acc * 10 + (uint32_t)v;
	if (++d->nacc == 9)
		flush_acc(d, 1000000000);
}

static void
finish_digits(struct digits *d, int radix)
{
	static const uint32_t p10[9] = { 1, 10, 100, 1000, 10000, 100000,
		1000000, 10000000, 100000000 };

	if (radix == 10 && d->nacc > 0)
		flush_acc(d, p10[d->nacc]);
	if (d->sticky) {
		(void)__bn_muladd(&d->num, (uint32_t)radix, 1);
		d->scale--;
	}
}

/*
 * Scan a digit string with an optional point.  Returns the end and the
 * number of digits seen; afterwards the value is num * radix^scale.
 */
static const char *
scan_digits(const char *s, struct digits *d, int radix, int limit, int *ndigits)
{
	int v, point = 0;

	*ndigits = 0;
	for (;; s++) {
		if (*s == '.' && !point) {
			point = 1;
			continue;
		}
		v = radix == 16 ? hexval((unsigned char)*s)
				: (*s >= '0' && *s <= '9' ? *s - '0' : -1);
		if (v < 0)
			break;
		(*ndigits)++;
		add_digit(d, v, radix, limit);
		/* A dropped fraction digit undoes add_digit's scale step. */
		if (point)
			d->scale--;
	}
	return s;
}

/* Optional exponent: marker, sign, at least one digit. */
static const char *
scan_exp(const char *s, int marker, long *exp)
{
	const char *p = s;
	long e = 0;
	int neg = 0;

	if (lower((unsigned char)*p) != marker)
		return s;
	p++;
	if (*p == '+' || *p == '-')
		neg = *p++ == '-';
	if (*p < '0' || *p > '9')
		return s;
	for (; *p >= '0' && *p <= '9'; p++) {
		if (e < EXP_CLAMP)
			e = e * 10 + (*p - '0');
	}
	*exp = neg ? -e : e;
	return p;
}

/* The payload of NAN(n): a decimal, octal or hex number, else 0. */
static uint64_t
nan_payload(const char *p, const char *end)
{
	uint64_t v = 0;
	int base = 10, d;

	if (p[0] == '0' && lower((unsigned char)p[1]) == 'x' && p + 2 < end) {
		base = 16;
		p += 2;
	} else if (p[0] == '0')
		base = 8;
	for (; p < end; p++) {
		d = hexval((unsigned char)*p);
		if (d < 0 || d >= base)
			return 0;
		v = v * (uint64_t)base + (uint64_t)d;
	}
	return v;
}

static const char *
parse_special(const char *s, struct __fpval *v)
{
	size_t n;
	const char *p;

	if ((n = match(s, "infinity")) != 0 || (n = match(s, "inf")) != 0) {
		v->cls = __FPR_INF;
		return s + n;
	}
	if ((n = match(s, "nan")) == 0)
		return NULL;
	v->cls = __FPR_NAN;
	v->mant = 0;
	s += n;
	if (*s != '(')
		return s;
	for (p = s + 1; *p == '_' || hexval((unsigned char)*p) >= 0 ||
	     (lower((unsigned char)*p) >= 'a' &&
		 lower((unsigned char)*p) <= 'z');
	     p++)
		continue;
	if (*p != ')')
		return s;
	v->mant = nan_payload(s + 1, p);
	return p + 1;
}

/* Value of num * radix^scale * 2^e2 into v. */
static void
convert(
    struct digits *d, int radix, long e, enum __fpkind kind, struct __fpval *v)
{
	const struct __fpformat *f = &__fpformats[kind];
	struct __bn den;
	long e10 = 0, e2 = 0, mag;

	if (radix == 16)
		e2 = e + 4 * d->scale;
	else
		e10 = e + d->scale;
	mag = radix == 16 ? (e2 + 4L * d->kept) / 4 : e10 + d->kept;
	__bn_set_u64(&den, 1);
	if (__bn_is_zero(&d->num)) {
		v->cls = __FPR_ZERO;
		return;
	}
	if (radix == 10 && mag > 4940) {
		v->cls = __FPR_INF;
		v->range = 1;
		return;
	}
	if (radix == 10 && mag < -4970) {
		v->cls = __FPR_ZERO;
		v->range = 1;
		return;
	}
	if (radix == 16 && (mag > 4200 || mag < -4200)) {
		v->cls = mag > 0 ? __FPR_INF : __FPR_ZERO;
		v->range = 1;
		return;
	}
	if (e10 > 0)
		(void)__bn_mul_pow5(&d->num, (int)e10);
	else if (e10 < 0)
		(void)__bn_mul_pow5(&den, (int)-e10);
	__fpconv_round(&d->num, &den, (int)(e2 + e10), f, v);
}

const char *
__fpconv_parse(const char *s, enum __fpkind kind, struct __fpval *v)
{
	const char *start = s, *p, *q;
	struct digits d;
	int radix = 10, nd;
	long e = 0;

	v->neg = 0;
	v->range = 0;
	v->cls = __FPR_ZERO;
	while (isspace_c((unsigned char)*s))
		s++;
	if (*s == '+' || *s == '-')
		v->neg = *s++ == '-';
	if ((p = parse_special(s, v)) != NULL)
		return p;
	d.kept = d.sticky = d.nacc = 0;
	d.scale = 0;
	d.acc = 0;
	__bn_set_u64(&d.num, 0);
	if (s[0] == '0' && lower((unsigned char)s[1]) == 'x') {
		q = scan_digits(s + 2, &d, 16, 40, &nd);
		if (nd > 0) {
			radix = 16;
			s = q;
			goto exponent;
		}
		d.kept = d.sticky = 0;
		d.scale = 0;
		__bn_set_u64(&d.num, 0);
	}
	s = scan_digits(s, &d, 10, __fpformats[kind].maxdigits, &nd);
	if (nd == 0) {
		v->cls = __FPR_ZERO;
		v->neg = 0;
		return start;
	}
exponent:
	s = scan_exp(s, radix == 16 ? 'p' : 'e', &e);
	finish_digits(&d, radix);
	convert(&d, radix, e, kind, v);
	return s;
}
