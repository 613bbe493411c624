/*
 * vfscanf_impl.c: the scanning engine of the scanf family.
 * Entry points (private): __vfscanf (bytes) and __vfwscanf (the wide
 * family, over a stream or a wide string).
 *
 * Input is read a unit at a time: a byte for the byte family, a wide
 * character (fgetwc, or the next element of swscanf's string) for the
 * wide family; the unit that ends a field is pushed back (ungetc,
 * ungetwc), so exactly one unit of look-ahead is ever used.  Widths and
 * %n count units.  The wide family's format is re-encoded as UTF-8 (our
 * own encoding, whatever the locale) so that one parser serves both;
 * only its ordinary characters and %[ sets are decoded back to wide
 * characters, and %c %s %[ without l store the multibyte conversion
 * (wcrtomb) of the wide characters matched.  Numbers are recognised by a small
 * state machine and then converted exactly (integers by accumulation with
 * saturation as strtol does, floating values by the strtod engine in
 * lib/libc/fpconv). Returns the number of assignments, or EOF if the input
 * failed before the first conversion.  Positional %n$ arguments are supported
 * (all scanf arguments are pointers, so they are simply fetched in order);
 * mixing them with sequential ones is EINVAL.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "fpconv.h"
#include "stdio_impl.h"

#define MAXPOS 128

struct in {
	FILE *f;	   /* the stream, or NULL for swscanf */
	const wchar_t *ws; /* swscanf: the rest of the string */
	size_t n;	   /* units consumed so far */
	size_t start;	   /* n when the current input item began */
	int wide;	   /* units are wide characters */
	int err;	   /* fgetwc failed (EILSEQ or a read error) */
};

/* A %[ set of the wide family: its UTF-8 text in the format. */
struct wset {
	const char *beg, *end;
	int neg;
};

struct args {
	va_list ap;
	void *tab[MAXPOS + 1];
	int positional;
};

struct spec {
	int argn;
	int suppress;
	size_t width;
	int len;
	int conv;
};

enum { L_NONE, L_HH, L_H, L_L, L_LL, L_J, L_Z, L_T, L_BIG };

static int
in_get(struct in *in)
{
	wint_t w;
	int c;

	if (!in->wide)
		c = __sgetc(in->f);
	else if (in->err)
		c = EOF; /* nothing more after an encoding or read error */
	else if (in->f == NULL)
		c = *in->ws != 0 ? (int)*in->ws++ : EOF;
	else if ((w = fgetwc(in->f)) != WEOF)
		c = (int)w;
	else {
		c = EOF;
		in->err = ferror(in->f) != 0;
	}
	if (c != EOF)
		in->n++;
	return c;
}

static void
in_unget(struct in *in, int c)
{
	if (c == EOF)
		return;
	if (!in->wide)
		(void)ungetc(c, in->f);
	else if (in->f == NULL)
		in->ws--;
	else
		(void)ungetwc((wint_t)c, in->f);
	in->n--;
}

/*
 * Whether the input is exhausted (not merely a field's width), or could
 * not be read as wide characters: both are input failures.
 */
static int
in_at_end(struct in *in)
{
	if (in->err)
		return 1;
	if (in->f == NULL)
		return *in->ws == 0;
	return feof(in->f) && !(in->f->rpos < in->f->rend);
}

static int
is_space(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* White space: the ASCII set for bytes, iswspace for wide characters. */
static int
in_space(const struct in *in, int c)
{
	if (in->wide)
		return c != EOF && iswspace((wint_t)c);
	return is_space(c);
}

static void
skip_space(struct in *in)
{
	int c;

	while ((c = in_get(in)) != EOF && in_space(in, c))
		continue;
	in_unget(in, c);
}

/* Length of the UTF-8 sequence that starts with byte b (1 to 6). */
static size_t
u8_len(unsigned char b)
{
	if (b < 0xc0)
		return 1;
	if (b < 0xe0)
		return 2;
	if (b < 0xf0)
		return 3;
	if (b < 0xf8)
		return 4;
	return b < 0xfc ? 5 : 6;
}

/*
 * Decode one character of a format that u8_encode wrote; returns its
 * length in bytes.
 */
static size_t
u8_decode(const char *s, int *wc)
{
	static const unsigned char lead[] = { 0, 0x7f, 0x1f, 0x0f, 0x07, 0x03,
		0x01 };
	size_t n = u8_len((unsigned char)*s), i;
	uint32_t v = (unsigned char)s[0] & lead[n];

	for (i = 1; i < n; i++)
		v = v << 6 | ((unsigned char)s[i] & 0x3f);
	*wc = (int)v;
	return n;
}

/* Next character of the format (a byte, or a decoded wide character). */
static int
fmt_char(const struct in *in, const char **fp)
{
	int c;

	if (!in->wide)
		return (unsigned char)*(*fp)++;
	*fp += u8_decode(*fp, &c);
	return c;
}

static int
digit_value(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	return 99;
}

static void *
next_arg(struct args *a, const struct spec *sp)
{
	if (a->positional)
		return a->tab[sp->argn];
	return va_arg(a->ap, void *);
}

static void
store_int(void *p, int len, uintmax_t v)
{
	switch (len) {
	case L_HH:
		*(char *)p = (char)v;
		break;
	case L_H:
		*(short *)p = (short)v;
		break;
	case L_L:
		*(long *)p = (long)v;
		break;
	case L_LL:
	case L_BIG:
		*(long long *)p = (long long)v;
		break;
	case L_J:
		*(intmax_t *)p = (intmax_t)v;
		break;
	case L_Z:
		*(size_t *)p = (size_t)v;
		break;
	case L_T:
		*(ptrdiff_t *)p = (ptrdiff_t)v;
		break;
	default:
		*(int *)p = (int)v;
		break;
	}
}

/* Clamp an accumulated magnitude as strtoimax/strtoumax would. */
static uintmax_t
saturate(uintmax_t v, int over, int neg, int sgn)
{
	if (sgn) {
		if (over || v > (uintmax_t)INTMAX_MAX + neg)
			return neg ? (uintmax_t)INTMAX_MIN : INTMAX_MAX;
		return neg ? -v : v;
	}
	if (over)
		return UINTMAX_MAX;
	return neg ? -v : v;
}

/*
 * A field: at most `left` bytes; c is the current byte, read but not yet
 * accepted (EOF at end of input or of the width).
 */
struct field {
	struct in *in;
	size_t left;
	int c;
};

static void
f_start(struct field *fl, struct in *in, size_t width)
{
	fl->in = in;
	fl->left = width;
	fl->c = width > 0 ? in_get(in) : EOF;
}

/* Accept the current byte and look at the next one. */
static void
f_next(struct field *fl)
{
	fl->c = --fl->left > 0 ? in_get(fl->in) : EOF;
}

static void
f_end(struct field *fl)
{
	in_unget(fl->in, fl->c);
}

/* Scan an integer; returns 0 on success, -1 on a matching failure. */
static int
scan_int(
    struct in *in, const struct spec *sp, int base, int sgn, uintmax_t *out)
{
	struct field fl;
	uintmax_t v = 0;
	int d, neg = 0, over = 0, nd = 0;

	f_start(&fl, in, sp->width);
	if (fl.c == '+' || fl.c == '-') {
		neg = fl.c == '-';
		f_next(&fl);
	}
	if (fl.c == '0' && (base == 0 || base == 16)) {
		nd = 1;
		f_next(&fl);
		if (fl.c == 'x' || fl.c == 'X') {
			base = 16;
			f_next(&fl);
		} else if (base == 0)
			base = 8;
	}
	if (base == 0)
		base = 10;
	for (; fl.c != EOF && (d = digit_value(fl.c)) < base; f_next(&fl)) {
		nd++;
		if (v > (UINTMAX_MAX - (uintmax_t)d) / (uintmax_t)base)
			over = 1;
		v = v * (uintmax_t)base + (uintmax_t)d;
	}
	f_end(&fl);
	if (nd == 0)
		return -1;
	*out = saturate(v, over, neg, sgn);
	return 0;
}

/* A growable byte buffer for floating fields. */
struct sbuf {
	char *p;
	size_t n, cap;
	char small[128];
	int err;
};

static void
sb_add(struct sbuf *b, int c)
{
	char *np;

	if (b->n + 1 >= b->cap) {
		np = b->p == b->small ? malloc(b->cap * 2)
				      : realloc(b->p, b->cap * 2);
		if (np == NULL) {
			b->err = 1;
			return;
		}
		if (b->p == b->small)
			memcpy(np, b->small, b->n);
		b->p = np;
		b->cap *= 2;
	}
	b->p[b->n++] = (char)c;
	b->p[b->n] = '\0';
}

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* Accept a case-insensitive word prefix; returns the letters matched. */
static size_t
take_word(struct field *fl, struct sbuf *b, const char *w)
{
	size_t i;

	for (i = 0; w[i] != '\0' && lower(fl->c) == w[i]; i++) {
		sb_add(b, fl->c);
		f_next(fl);
	}
	return i;
}

static size_t
take_digits(struct field *fl, struct sbuf *b, int hex)
{
	size_t n = 0;

	while (fl->c != EOF && digit_value(fl->c) < (hex ? 16 : 10)) {
		sb_add(b, fl->c);
		f_next(fl);
		n++;
	}
	return n;
}

/*
 * The mantissa, then an exponent only after at least one mantissa digit
 * (so "e5" or ".e5" leave the 'e' unread).
 */
static void
take_number(struct field *fl, struct sbuf *b)
{
	size_t nd = 0;
	int hex = 0;

	if (fl->c == '0') {
		sb_add(b, fl->c);
		f_next(fl);
		nd = 1;
		if (fl->c == 'x' || fl->c == 'X') {
			hex = 1;
			nd = 0;
			sb_add(b, fl->c);
			f_next(fl);
		}
	}
	nd += take_digits(fl, b, hex);
	if (fl->c == '.') {
		sb_add(b, fl->c);
		f_next(fl);
		nd += take_digits(fl, b, hex);
	}
	if (nd > 0 && lower(fl->c) == (hex ? 'p' : 'e')) {
		sb_add(b, fl->c);
		f_next(fl);
		if (fl->c == '+' || fl->c == '-') {
			sb_add(b, fl->c);
			f_next(fl);
		}
		take_digits(fl, b, 0);
	}
}

static void
take_special(struct field *fl, struct sbuf *b)
{
	if (lower(fl->c) == 'i') {
		if (take_word(fl, b, "inf") == 3)
			(void)take_word(fl, b, "inity");
		return;
	}
	if (take_word(fl, b, "nan") == 3 && fl->c == '(') {
		do {
			sb_add(b, fl->c);
			f_next(fl);
		} while (fl->c != EOF && fl->c != ')' &&
		    (fl->c == '_' || digit_value(fl->c) < 36));
		if (fl->c == ')') {
			sb_add(b, fl->c);
			f_next(fl);
		}
	}
}

/*
 * Scan a floating field and convert its longest valid prefix, pushing
 * the rest back (as glibc and NetBSD do: "1e+" reads as 1 and leaves
 * "e+"); -1 if no prefix is a number.
 */
static int
scan_float(struct in *in, const struct spec *sp, void *dst)
{
	static const enum __fpkind kinds[] = { __FP_FLOAT, __FP_DOUBLE,
		__FP_LDOUBLE };
	struct field fl;
	struct sbuf b;
	struct __fpval v;
	const char *end;
	int k = sp->len == L_L ? 1 : sp->len == L_BIG ? 2 : 0, r = -1;

	b.p = b.small;
	b.n = 0;
	b.cap = sizeof(b.small);
	b.err = 0;
	b.p[0] = '\0';
	f_start(&fl, in, sp->width);
	if (fl.c == '+' || fl.c == '-') {
		sb_add(&b, fl.c);
		f_next(&fl);
	}
	if (lower(fl.c) == 'i' || lower(fl.c) == 'n')
		take_special(&fl, &b);
	else
		take_number(&fl, &b);
	f_end(&fl);
	end = __fpconv_parse(b.p, kinds[k], &v);
	/* Give back what follows the longest valid number ("e+" of "1e+"). */
	while (!b.err && end > b.p && b.n > (size_t)(end - b.p))
		in_unget(in, (unsigned char)b.p[--b.n]);
	if (!b.err && b.n > 0 && end == b.p + b.n) {
		r = 0;
		if (v.range)
			errno = ERANGE;
		if (dst != NULL && k == 0)
			*(float *)dst = __fpconv_pack_f(&v);
		else if (dst != NULL && k == 1)
			*(double *)dst = __fpconv_pack_d(&v);
		else if (dst != NULL)
			*(long double *)dst = __fpconv_pack_ld(&v);
	}
	if (b.p != b.small)
		free(b.p);
	return r;
}

/* Parse a %[ scanset into a 256-entry table; returns the end. */
static const char *
scanset(const char *f, unsigned char *set)
{
	int neg = 0, c, lo;

	if (*f == '^') {
		neg = 1;
		f++;
	}
	memset(set, 0, 256);
	if (*f == ']') {
		set[']'] = 1;
		f++;
	}
	for (; *f != '\0' && *f != ']'; f++) {
		c = (unsigned char)*f;
		if (f[1] == '-' && f[2] != ']' && f[2] != '\0' &&
		    (unsigned char)f[2] >= c) {
			for (lo = c; lo <= (unsigned char)f[2]; lo++)
				set[lo] = 1;
			f += 2;
		} else
			set[c] = 1;
	}
	if (*f != ']')
		return NULL;
	if (neg) {
		for (c = 0; c < 256; c++)
			set[c] = !set[c];
	}
	return f + 1;
}

/*
 * %s, %c and %[: bytes accepted by set (NULL: all bytes), stored as
 * bytes or, with l, as wide characters.  Returns the count or -1.
 */
static int
scan_chars(
    struct in *in, const struct spec *sp, const unsigned char *set, void *dst)
{
	struct field fl;
	mbstate_t st, cnt;
	char *s = dst;
	wchar_t *ws = dst, wc;
	size_t nb = 0, nc = 0, r;
	/* For %lc %ls %l[ the width counts characters. */
	int bychar = sp->len == L_L;
	char ch;

	memset(&st, 0, sizeof(st));
	memset(&cnt, 0, sizeof(cnt));
	f_start(&fl, in, bychar ? SIZE_MAX : sp->width);
	while (fl.c != EOF && (set == NULL || set[fl.c]) &&
	    !(bychar && nc >= sp->width)) {
		ch = (char)fl.c;
		if (bychar && (r = mbrtowc(NULL, &ch, 1, &cnt)) != (size_t)-2)
			nc++;
		if (dst != NULL && sp->len != L_L)
			s[nb] = ch;
		else if (dst != NULL) {
			r = mbrtowc(&wc, &ch, 1, &st);
			if (r == (size_t)-1)
				return -1;
			if (r != (size_t)-2)
				*ws++ = wc;
		}
		nb++;
		f_next(&fl);
	}
	f_end(&fl);
	if (nb == 0)
		return -1;
	if (dst != NULL && sp->conv != 'c') {
		if (sp->len == L_L)
			*ws = 0;
		else
			s[nb] = '\0';
	}
	return (int)nb;
}

/*
 * Parse a %[ set of the wide family (UTF-8 text); returns the end.  The
 * set is kept as text and searched by wset_has.
 */
static const char *
wscanset(const char *f, struct wset *ws)
{
	ws->neg = *f == '^';
	f += ws->neg;
	ws->beg = f;
	if (*f == ']')
		f++;
	while (*f != '\0' && *f != ']')
		f += u8_len((unsigned char)*f);
	if (*f != ']')
		return NULL;
	ws->end = f;
	return f + 1;
}

/*
 * Whether wide character c is in set ws: a ']' first is itself, "a-z"
 * is a range when z >= a (otherwise three characters), a '-' first or
 * last is itself; '^' first negates.
 */
static int
wset_has(const struct wset *ws, int c)
{
	const char *p = ws->beg, *q;
	int lo, hi, hit = 0;

	if (*p == ']') {
		hit = c == ']';
		p++;
	}
	while (!hit && p < ws->end) {
		q = p + u8_decode(p, &lo);
		if (*q == '-' && q + 1 < ws->end && u8_decode(q + 1, &hi) > 0 &&
		    hi >= lo) {
			hit = c >= lo && c <= hi;
			p = q + 1 + u8_len((unsigned char)q[1]);
		} else {
			hit = c == lo;
			p = q;
		}
	}
	return hit != ws->neg;
}

enum { CS_ALL, CS_NOSPACE, CS_SET };

static int
w_accept(const struct in *in, int kind, const struct wset *ws, int c)
{
	if (kind == CS_NOSPACE)
		return !in_space(in, c);
	return kind == CS_ALL || wset_has(ws, c);
}

/*
 * Store wide character c at *pp: as it is with l, else as its multibyte
 * conversion.  -1 (EILSEQ) if it has none.
 */
static int
w_store(const struct spec *sp, void **pp, mbstate_t *st, int c)
{
	wchar_t *w = *pp;
	size_t r;

	if (sp->len == L_L) {
		*w++ = (wchar_t)c;
		*pp = w;
		return 0;
	}
	if ((r = wcrtomb(*pp, (wchar_t)c, st)) == (size_t)-1)
		return -1;
	*pp = (char *)*pp + r;
	return 0;
}

/*
 * %c, %s and %[ of the wide family: up to width wide characters
 * accepted by kind (and ws).  Returns 0 or -1.
 */
static int
scan_wchars(struct in *in, const struct spec *sp, int kind,
    const struct wset *ws, void *dst)
{
	struct field fl;
	mbstate_t st;
	size_t nc = 0;
	int r = 0;

	memset(&st, 0, sizeof(st));
	f_start(&fl, in, sp->width);
	while (fl.c != EOF && w_accept(in, kind, ws, fl.c)) {
		if (dst != NULL && (r = w_store(sp, &dst, &st, fl.c)) < 0)
			break;
		nc++;
		f_next(&fl);
	}
	f_end(&fl);
	if (r < 0 || nc == 0)
		return -1;
	if (dst != NULL && sp->conv != 'c' && sp->conv != 'C') {
		if (sp->len == L_L)
			*(wchar_t *)dst = 0;
		else
			*(char *)dst = '\0';
	}
	return 0;
}

static const char *
parse_len(const char *f, int *len)
{
	*len = L_NONE;
	switch (*f) {
	case 'h':
		*len = f[1] == 'h' ? L_HH : L_H;
		return f + (f[1] == 'h' ? 2 : 1);
	case 'l':
		*len = f[1] == 'l' ? L_LL : L_L;
		return f + (f[1] == 'l' ? 2 : 1);
	case 'q':
		*len = L_LL;
		return f + 1;
	case 'j':
		*len = L_J;
		return f + 1;
	case 'z':
		*len = L_Z;
		return f + 1;
	case 't':
		*len = L_T;
		return f + 1;
	case 'L':
		*len = L_BIG;
		return f + 1;
	}
	return f;
}

/* Parse the specification after '%'; returns the end or NULL. */
static const char *
parse_spec(const char *f, struct spec *sp)
{
	const char *p = f;
	size_t w = 0;
	int n = 0;

	memset(sp, 0, sizeof(*sp));
	while (*p >= '0' && *p <= '9')
		n = n < 100000 ? n * 10 + (*p++ - '0') : n;
	if (*p == '$' && p != f) {
		sp->argn = n;
		f = p + 1;
	}
	if (*f == '*') {
		sp->suppress = 1;
		f++;
	}
	for (; *f >= '0' && *f <= '9'; f++)
		w = w < SIZE_MAX / 20 ? w * 10 + (size_t)(*f - '0') : w;
	sp->width = w == 0 ? SIZE_MAX : w;
	f = parse_len(f, &sp->len);
	if (*f == '\0' || strchr("diouxXpneEfFgGaAsc[%C S", *f) == NULL ||
	    *f == ' ')
		return NULL;
	sp->conv = (unsigned char)*f;
	return f + 1;
}

static const char *
skip_set(const char *f, int wide)
{
	unsigned char set[256];
	struct wset ws;

	return wide ? wscanset(f, &ws) : scanset(f, set);
}

/*
 * Check the format and, if it is positional, fetch every pointer.
 * Returns 0 or -1 (EINVAL).
 */
static int
prescan(const char *f, struct args *a, int wide)
{
	struct spec sp;
	int max = 0, pos = 0, seq = 0, i;

	a->positional = 0;
	while ((f = strchr(f, '%')) != NULL) {
		if ((f = parse_spec(f + 1, &sp)) == NULL)
			return -1;
		if (sp.conv == '[' && (f = skip_set(f, wide)) == NULL)
			return -1;
		if (sp.conv == '%' || sp.suppress)
			continue;
		if (sp.argn > MAXPOS)
			return -1;
		if (sp.argn > 0)
			pos = 1;
		else
			seq = 1;
		if (sp.argn > max)
			max = sp.argn;
	}
	if (pos && seq)
		return -1;
	if (pos) {
		for (i = 1; i <= max; i++)
			a->tab[i] = va_arg(a->ap, void *);
		a->positional = 1;
	}
	return 0;
}

/* %c %s %[ of the wide family; returns 0 or -1. */
static int
wconvert(struct in *in, const char **fp, struct spec *sp, void *dst)
{
	struct wset ws;

	switch (sp->conv) {
	case 'C':
	case 'S':
		sp->len = L_L;
		break;
	case '[':
		*fp = wscanset(*fp, &ws);
		return scan_wchars(in, sp, CS_SET, &ws, dst);
	}
	if (sp->conv == 'c' || sp->conv == 'C') {
		if (sp->width == SIZE_MAX)
			sp->width = 1;
		return scan_wchars(in, sp, CS_ALL, NULL, dst);
	}
	return scan_wchars(in, sp, CS_NOSPACE, NULL, dst);
}

/* One conversion; returns 1 (assigned), 0 (not), -1 (failure). */
static int
convert(struct in *in, const char **fp, struct spec *sp, struct args *a)
{
	unsigned char set[256];
	void *dst = NULL;
	uintmax_t v;
	int c = sp->conv, base, r;

	if (c != 'n' && c != '%' && !sp->suppress)
		dst = next_arg(a, sp);
	if (c != '[' && c != 'c' && c != 'C' && c != 'n')
		skip_space(in);
	in->start = in->n;
	if (in->wide && strchr("cCsS[", c) != NULL)
		return wconvert(in, fp, sp, dst) < 0 ? -1 : dst != NULL;
	switch (c) {
	case 'n':
		if (!sp->suppress)
			store_int(next_arg(a, sp), sp->len, in->n);
		return 0;
	case '%':
		if ((r = in_get(in)) == '%')
			return 0;
		in_unget(in, r);
		return -1;
	case 'd':
	case 'i':
	case 'o':
	case 'u':
	case 'x':
	case 'X':
	case 'p':
		base = c == 'd' || c == 'u' ? 10
		    : c == 'i'		    ? 0
		    : c == 'o'		    ? 8
					    : 16;
		if (scan_int(in, sp, base, c == 'd' || c == 'i', &v) != 0)
			return -1;
		if (dst != NULL && c == 'p')
			*(void **)dst = (void *)(uintptr_t)v;
		else if (dst != NULL)
			store_int(dst, sp->len, v);
		return dst != NULL;
	case 'c':
	case 'C':
		if (c == 'C')
			sp->len = L_L;
		if (sp->width == SIZE_MAX)
			sp->width = 1;
		return scan_chars(in, sp, NULL, dst) < 0 ? -1 : dst != NULL;
	case 's':
	case 'S':
		if (c == 'S')
			sp->len = L_L;
		for (r = 0; r < 256; r++)
			set[r] = !is_space(r);
		return scan_chars(in, sp, set, dst) < 0 ? -1 : dst != NULL;
	case '[':
		*fp = scanset(*fp, set);
		return scan_chars(in, sp, set, dst) < 0 ? -1 : dst != NULL;
	}
	return scan_float(in, sp, dst) < 0 ? -1 : dst != NULL;
}

/* Match one ordinary format character; -1 on mismatch or end of input. */
static int
match_char(struct in *in, int want)
{
	int c = in_get(in);

	if (c == want)
		return 0;
	in_unget(in, c);
	return -1;
}

/* The directives of fmt against the input; see the file's comment. */
static int
scan(struct in *in, const char *fmt, va_list ap)
{
	struct args a;
	struct spec sp;
	const char *p;
	int count = 0, done_any = 0, failed = 0, r, c;

	va_copy(a.ap, ap);
	if (prescan(fmt, &a, in->wide) != 0) {
		va_end(a.ap);
		errno = EINVAL;
		return EOF;
	}
	while (*fmt != '\0') {
		p = fmt;
		c = fmt_char(in, &p);
		if (in_space(in, c)) {
			skip_space(in);
			fmt = p;
			continue;
		}
		if (c != '%' || *p == '%') {
			if (c == '%') {
				skip_space(in);
				p++;
			}
			in->start = in->n;
			if (match_char(in, c) != 0) {
				failed = 1;
				break;
			}
			fmt = p;
			continue;
		}
		fmt = parse_spec(p, &sp);
		if ((r = convert(in, &fmt, &sp, &a)) < 0) {
			failed = 1;
			break;
		}
		count += r;
		if (sp.conv != 'n')
			done_any = 1;
	}
	va_end(a.ap);
	/*
	 * An input failure (end of input before any unit of the item) before
	 * the first conversion completed; "+" then EOF is a matching failure.
	 */
	if (failed && !done_any && in_at_end(in) && in->n == in->start)
		return EOF;
	return count;
}

int
__vfscanf(FILE *f, const char *fmt, va_list ap)
{
	struct in in = { f, NULL, 0, 0, 0, 0 };

	if (fmt == NULL) {
		errno = EINVAL;
		return EOF;
	}
	return scan(&in, fmt, ap);
}

/*
 * Encode the wide format as UTF-8 (up to six bytes a character, so any
 * non-negative wchar_t survives); NULL with errno set on failure.
 */
static char *
u8_encode(const wchar_t *w)
{
	size_t n = 1, i, k;
	uint32_t v;
	char *s, *o;

	for (i = 0; w[i] != 0; i++) {
		if (w[i] < 0) {
			errno = EILSEQ;
			return NULL;
		}
		n += 6;
	}
	if ((o = s = malloc(n)) == NULL)
		return NULL;
	for (; *w != 0; w++) {
		v = (uint32_t)*w;
		k = v < 0x80	    ? 1
		    : v < 0x800	    ? 2
		    : v < 0x10000   ? 3
		    : v < 0x200000  ? 4
		    : v < 0x4000000 ? 5
				    : 6;
		if (k == 1) {
			*o++ = (char)v;
			continue;
		}
		*o = (char)((0xff00 >> k) & 0xff);
		for (i = k - 1; i > 0; i--) {
			o[i] = (char)(0x80 | (v & 0x3f));
			v >>= 6;
		}
		*o |= (char)v;
		o += k;
	}
	*o = '\0';
	return s;
}

int
__vfwscanf(FILE *f, const wchar_t *src, const wchar_t *wfmt, va_list ap)
{
	struct in in = { f, src, 0, 0, 1, 0 };
	char *fmt;
	int r;

	if (wfmt == NULL || (f == NULL && src == NULL)) {
		errno = EINVAL;
		return EOF;
	}
	if ((fmt = u8_encode(wfmt)) == NULL)
		return EOF;
	r = scan(&in, fmt, ap);
	free(fmt);
	return r;
}
