/*
 * fpdigits.c: exact decimal digits of a binary floating-point value for
 * printf.  Entry point (private): __fpconv_digits.
 *
 * The value mant * 2^e2 is split into an integer part (converted by
 * repeated division by 10^9) and a binary fraction (from which digits are
 * drawn nine at a time by multiplying by 10^9).  Digits are produced only
 * as far as needed, then rounded to nearest with ties to even, using the
 * next digit and whether anything nonzero follows.
 */
#include "fpconv.h"

#define CHUNK 1000000000u

struct gen {
	struct __bn frac; /* fraction, scaled by 2^fbits */
	int fbits;
	char *buf;
	int n;
};

static void
put_chunk(struct gen *g, uint32_t c, int width)
{
	int i;

	for (i = width - 1; i >= 0; i--) {
		g->buf[g->n + i] = (char)('0' + c % 10);
		c /= 10;
	}
	g->n += width;
}

/* Decimal digits of the integer part, most significant first. */
static void
int_digits(struct gen *g, struct __bn *ip)
{
	uint32_t chunks[600]; /* 16384 bits: at most 4933 digits */
	int nc = 0, w;
	uint32_t c;

	while (!__bn_is_zero(ip))
		chunks[nc++] = __bn_divsmall(ip, CHUNK);
	if (nc == 0)
		return;
	c = chunks[nc - 1];
	for (w = 0; c != 0; c /= 10)
		w++;
	put_chunk(g, chunks[nc - 1], w);
	while (--nc > 0)
		put_chunk(g, chunks[nc - 1], 9);
}

static uint32_t
next_chunk(struct gen *g)
{
	(void)__bn_muladd(&g->frac, CHUNK, 0);
	return __bn_take_above(&g->frac, g->fbits);
}

/* Skip the zeros after the point of a pure fraction; adjusts *decpt. */
static void
skip_zeros(struct gen *g, int *decpt)
{
	uint32_t c, t;
	int w;

	while ((c = next_chunk(g)) == 0)
		*decpt -= 9;
	for (w = 0, t = c; t != 0; t /= 10)
		w++;
	*decpt -= 9 - w;
	put_chunk(g, c, w);
}

/* Round g->buf to want digits; returns the digit count. */
static int
round_digits(struct gen *g, int want, int *decpt)
{
	int i, up, sticky = !__bn_is_zero(&g->frac);
	char r;

	if (want < 0)
		return 0;
	r = g->buf[want];
	for (i = want + 1; i < g->n && !sticky; i++)
		sticky = g->buf[i] != '0';
	up = r > '5' ||
	    (r == '5' &&
		(sticky || (want > 0 && ((g->buf[want - 1] - '0') & 1))));
	if (!up)
		return want;
	for (i = want - 1; i >= 0 && g->buf[i] == '9'; i--)
		continue;
	if (i < 0) {
		g->buf[0] = '1';
		(*decpt)++;
		return 1;
	}
	g->buf[i]++;
	return i + 1;
}

/*
 * Digits of mant * 2^e2 (mant != 0) into buf (__FPD_BUFSIZE bytes, not
 * terminated): ndig significant digits (__FPD_SIG) or up to ndig places
 * after the point (__FPD_FRAC).  The value is 0.<digits> * 10^*decpt;
 * trailing zeros are not stored.  Returns the number of digits.
 */
int
__fpconv_digits(
    uint64_t mant, int e2, int mode, int ndig, char *buf, int *decpt)
{
	struct gen g;
	int n, want;

	/* One big integer serves for the integer part, then the fraction. */
	g.buf = buf;
	g.n = 0;
	g.fbits = e2 < 0 ? -e2 : 0;
	if (e2 >= 0) {
		__bn_set_u64(&g.frac, mant);
		(void)__bn_shl(&g.frac, e2);
		int_digits(&g, &g.frac); /* leaves it zero: no fraction */
	} else if (e2 > -64) {
		__bn_set_u64(&g.frac, mant >> -e2);
		int_digits(&g, &g.frac);
		__bn_set_u64(&g.frac, mant & (((uint64_t)1 << -e2) - 1));
	} else
		__bn_set_u64(&g.frac, mant);
	*decpt = g.n;
	if (g.n == 0)
		skip_zeros(&g, decpt);
	want = mode == __FPD_SIG ? ndig : *decpt + ndig;
	while (
	    g.n <= want && !__bn_is_zero(&g.frac) && g.n + 9 <= __FPD_BUFSIZE)
		put_chunk(&g, next_chunk(&g), 9);
	n = g.n > want ? round_digits(&g, want, decpt) : g.n;
	while (n > 0 && buf[n - 1] == '0')
		n--;
	return n;
}
