/*
 * vfmt.c: the formatting engine of the printf family.
 * Entry points (private): __vfmt, __fmt_put, __fmt_pad, __fmt_chars.
 *
 * A format is processed in one pass when it uses sequential arguments.
 * When it uses positional ones (%n$, *n$) a first pass records the type
 * of every argument, all are fetched in order into a table, then the
 * second pass formats from the table.  Mixing the two styles, gaps in
 * the positions, unknown conversions and bad length modifiers give -1
 * with errno EINVAL; an output longer than INT_MAX gives EOVERFLOW.
 */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>
#include <wchar.h>

#include "printf_impl.h"

#define MAXPOS 128 /* highest positional argument number */

enum argtype { T_NONE, T_INT, T_LONG, T_DBL, T_LDBL, T_PTR };

union arg {
	intmax_t i;
	double d;
	long double ld;
	void *p;
};

struct args {
	va_list ap;
	union arg *tab; /* NULL: sequential */
};

/* A conversion with the argument numbers it uses (0: next one). */
struct conv {
	struct __fmtspec sp;
	int argn, wargn, pargn;
	int wstar, pstar;
};

/*
 * The number of characters in the first n bytes of s.  If bytes is not
 * NULL, *bytes is a limit on entry (count at most that many characters)
 * and on return the bytes those characters take (n if fewer).
 */
size_t
__fmt_chars(const char *s, size_t n, size_t *bytes)
{
	size_t i = 0, k = 0, r, max = bytes != NULL ? *bytes : (size_t)-1;
	mbstate_t st;

	memset(&st, 0, sizeof(st));
	while (i < n && k < max) {
		r = mbrtowc(NULL, s + i, n - i, &st);
		if (r == (size_t)-2)
			break;
		if (r == (size_t)-1) {
			memset(&st, 0, sizeof(st));
			r = 1;
		}
		i += r == 0 ? 1 : r;
		k++;
	}
	if (bytes != NULL)
		*bytes = k < max ? n : i;
	return k;
}

static size_t
count_wide(struct __fmtout *o, const char *s, size_t n)
{
	size_t i, k = 0, r;

	for (i = 0; i < n; i++) {
		r = mbrtowc(NULL, s + i, 1, &o->mbs);
		if (r == (size_t)-2)
			continue;
		if (r == (size_t)-1)
			memset(&o->mbs, 0, sizeof(o->mbs));
		k++;
	}
	return k;
}

void
__fmt_put(struct __fmtout *o, const char *s, size_t n)
{
	o->len += o->wide ? count_wide(o, s, n) : n;
	if (n > 0 && o->err == 0)
		o->put(o, s, n);
}

void
__fmt_pad(struct __fmtout *o, int c, int n)
{
	char b[64];
	int k;

	if (n <= 0)
		return;
	memset(b, c, sizeof(b));
	for (; n > 0; n -= k) {
		k = n < (int)sizeof(b) ? n : (int)sizeof(b);
		__fmt_put(o, b, (size_t)k);
	}
}

/* Decimal number followed by '$'; returns its value or 0. */
static int
posnum(const char **fp)
{
	const char *f = *fp;
	int n = 0;

	while (*f >= '0' && *f <= '9') {
		if (n < 100000)
			n = n * 10 + (*f - '0');
		f++;
	}
	if (*f != '$' || f == *fp)
		return 0;
	*fp = f + 1;
	return n;
}

static int
number(const char **fp)
{
	int n = 0;

	for (; **fp >= '0' && **fp <= '9'; (*fp)++) {
		if (n > (INT_MAX - 9) / 10)
			n = INT_MAX;
		else
			n = n * 10 + (**fp - '0');
	}
	return n;
}

static int
flag_of(int c)
{
	switch (c) {
	case '-':
		return __FMT_MINUS;
	case '+':
		return __FMT_PLUS;
	case ' ':
		return __FMT_SPACE;
	case '#':
		return __FMT_HASH;
	case '0':
		return __FMT_ZERO;
	case '\'':
		return __FMT_QUOTE;
	}
	return 0;
}

static void
parse_star(const char **fp, int *star, int *pos, int *val)
{
	if (**fp == '*') {
		(*fp)++;
		*star = 1;
		*pos = posnum(fp);
	} else
		*val = number(fp);
}

static int
parse_length(const char **fp)
{
	const char *f = *fp;
	int l = __FMT_LNONE;

	switch (*f) {
	case 'h':
		l = f[1] == 'h' ? __FMT_LHH : __FMT_LH;
		break;
	case 'l':
		l = f[1] == 'l' ? __FMT_LLL : __FMT_LL;
		break;
	case 'q':
		l = __FMT_LLL;
		break;
	case 'j':
		l = __FMT_LJ;
		break;
	case 'z':
		l = __FMT_LZ;
		break;
	case 't':
		l = __FMT_LT;
		break;
	case 'L':
		l = __FMT_LBIG;
		break;
	default:
		return l;
	}
	*fp = f + ((l == __FMT_LHH || (l == __FMT_LLL && *f == 'l')) ? 2 : 1);
	return l;
}

/* Parse one specification after '%'; returns the end or NULL. */
static const char *
parse_conv(const char *f, struct conv *c)
{
	int fl;

	memset(c, 0, sizeof(*c));
	c->sp.prec = -1;
	c->argn = posnum(&f);
	while ((fl = flag_of(*f)) != 0) {
		c->sp.flags |= fl;
		f++;
	}
	parse_star(&f, &c->wstar, &c->wargn, &c->sp.width);
	if (*f == '.') {
		f++;
		c->sp.prec = 0;
		parse_star(&f, &c->pstar, &c->pargn, &c->sp.prec);
	}
	c->sp.len = parse_length(&f);
	if (*f == '\0')
		return NULL;
	c->sp.conv = (unsigned char)*f;
	return f + 1;
}

/* The argument type a conversion consumes, or -1 if it is invalid. */
static int
conv_type(const struct __fmtspec *sp)
{
	int l = sp->len;

	switch (sp->conv) {
	case 'd':
	case 'i':
	case 'o':
	case 'u':
	case 'x':
	case 'X':
		return l == __FMT_LBIG ? -1 : (l <= __FMT_LH ? T_INT : T_LONG);
	case 'c':
		return l == __FMT_LNONE || l == __FMT_LL ? T_INT : -1;
	case 'C':
		return T_INT;
	case 'e':
	case 'E':
	case 'f':
	case 'F':
	case 'g':
	case 'G':
	case 'a':
	case 'A':
		return l == __FMT_LBIG
		    ? T_LDBL
		    : (l == __FMT_LNONE || l == __FMT_LL ? T_DBL : -1);
	case 's':
		return l == __FMT_LNONE || l == __FMT_LL ? T_PTR : -1;
	case 'S':
	case 'p':
	case 'n':
		return T_PTR;
	case '%':
	case 'm':
		return T_NONE;
	}
	return -1;
}

static int
set_type(enum argtype *types, int *max, int pos, int t)
{
	if (pos <= 0 || pos > MAXPOS)
		return -1;
	types[pos] = (enum argtype)t;
	if (pos > *max)
		*max = pos;
	return 0;
}

/*
 * First pass for positional formats: check consistency and fetch every
 * argument.  Returns 0 (sequential), 1 (positional, table filled) or -1.
 */
static int
prescan(const char *f, struct args *a, union arg *tab)
{
	enum argtype types[MAXPOS + 1];
	struct conv c;
	int max = 0, pos = 0, seq = 0, t, i;

	memset(types, 0, sizeof(types));
	while ((f = strchr(f, '%')) != NULL) {
		if ((f = parse_conv(f + 1, &c)) == NULL ||
		    (t = conv_type(&c.sp)) < 0)
			return -1;
		if (t == T_NONE)
			continue;
		if (c.argn)
			pos = 1;
		else
			seq = 1;
		if ((c.wstar && !c.wargn) || (c.pstar && !c.pargn))
			seq = 1;
		if (c.argn &&
		    (set_type(types, &max, c.argn, t) < 0 ||
			(c.wargn &&
			    set_type(types, &max, c.wargn, T_INT) < 0) ||
			(c.pargn && set_type(types, &max, c.pargn, T_INT) < 0)))
			return -1;
	}
	if (!pos)
		return 0;
	if (seq)
		return -1;
	for (i = 1; i <= max; i++) {
		switch (types[i]) {
		case T_INT:
			tab[i].i = va_arg(a->ap, int);
			break;
		case T_LONG:
			tab[i].i = va_arg(a->ap, intmax_t);
			break;
		case T_DBL:
			tab[i].d = va_arg(a->ap, double);
			break;
		case T_LDBL:
			tab[i].ld = va_arg(a->ap, long double);
			break;
		case T_PTR:
			tab[i].p = va_arg(a->ap, void *);
			break;
		default:
			return -1;
		}
	}
	a->tab = tab;
	return 1;
}

static intmax_t
get_int(struct args *a, int pos, int t)
{
	if (a->tab != NULL)
		return a->tab[pos].i;
	return t == T_INT ? va_arg(a->ap, int) : va_arg(a->ap, intmax_t);
}

static void *
get_ptr(struct args *a, int pos)
{
	return a->tab != NULL ? a->tab[pos].p : va_arg(a->ap, void *);
}

static long double
get_float(struct args *a, int pos, int isld)
{
	if (a->tab != NULL)
		return isld ? a->tab[pos].ld : a->tab[pos].d;
	return isld ? va_arg(a->ap, long double) : va_arg(a->ap, double);
}

/* Reduce an integer argument to the width its length modifier names. */
static uintmax_t
narrow(intmax_t v, int len, int sgn, int *neg)
{
	uintmax_t u;

	if (sgn) {
		if (len == __FMT_LHH)
			v = (signed char)v;
		else if (len == __FMT_LH)
			v = (short)v;
		else if (len == __FMT_LNONE)
			v = (int)v;
	} else {
		if (len == __FMT_LHH)
			v = (unsigned char)v;
		else if (len == __FMT_LH)
			v = (unsigned short)v;
		else if (len == __FMT_LNONE)
			v = (unsigned int)v;
	}
	*neg = sgn && v < 0;
	u = (uintmax_t)v;
	return *neg ? -u : u;
}

static void
fmt_int(struct __fmtout *o, const struct __fmtspec *sp, uintmax_t u, int neg)
{
	char digs[72], pfx[4];
	const char *hx =
	    sp->conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
	int base = 10, i = (int)sizeof(digs), nd, zeros, np = 0, fill;
	int c = sp->conv;

	if (c == 'o')
		base = 8;
	else if (c == 'x' || c == 'X' || c == 'p')
		base = 16;
	for (; u != 0; u /= (unsigned)base)
		digs[--i] = hx[u % (unsigned)base];
	if (i == (int)sizeof(digs) && (sp->prec != 0 || c == 'p'))
		digs[--i] = '0';
	if (c == 'o' && (sp->flags & __FMT_HASH) &&
	    (i == (int)sizeof(digs) || digs[i] != '0'))
		digs[--i] = '0';
	nd = (int)sizeof(digs) - i;
	if (c == 'd' || c == 'i') {
		if (neg)
			pfx[np++] = '-';
		else if (sp->flags & __FMT_PLUS)
			pfx[np++] = '+';
		else if (sp->flags & __FMT_SPACE)
			pfx[np++] = ' ';
	}
	if (c == 'p' ||
	    ((c == 'x' || c == 'X') && (sp->flags & __FMT_HASH) && nd > 0 &&
		digs[i] != '0')) {
		pfx[np++] = '0';
		pfx[np++] = c == 'X' ? 'X' : 'x';
	}
	zeros = sp->prec > nd ? sp->prec - nd : 0;
	fill = sp->width - np - zeros - nd;
	if (fill > 0 &&
	    (sp->flags & (__FMT_ZERO | __FMT_MINUS)) == __FMT_ZERO &&
	    sp->prec < 0) {
		zeros += fill;
		fill = 0;
	}
	if (!(sp->flags & __FMT_MINUS))
		__fmt_pad(o, ' ', fill);
	__fmt_put(o, pfx, (size_t)np);
	__fmt_pad(o, '0', zeros);
	__fmt_put(o, digs + i, (size_t)nd);
	if (sp->flags & __FMT_MINUS)
		__fmt_pad(o, ' ', fill);
}

static void
fmt_bytes(
    struct __fmtout *o, const struct __fmtspec *sp, const char *s, size_t n)
{
	size_t w = o->wide ? __fmt_chars(s, n, NULL) : n;
	int fill = sp->width - (int)(w > INT_MAX ? INT_MAX : w);

	if (!(sp->flags & __FMT_MINUS))
		__fmt_pad(o, ' ', fill);
	__fmt_put(o, s, n);
	if (sp->flags & __FMT_MINUS)
		__fmt_pad(o, ' ', fill);
}

/* Bytes of s to print: up to prec bytes (characters in wide mode). */
static size_t
str_len(struct __fmtout *o, const struct __fmtspec *sp, const char *s)
{
	size_t n, k;

	if (sp->prec < 0)
		return strlen(s);
	if (!o->wide)
		return strnlen(s, (size_t)sp->prec);
	/* prec characters take at most prec * MB_LEN_MAX bytes */
	n = strnlen(s, (size_t)sp->prec * 16);
	k = (size_t)sp->prec;
	(void)__fmt_chars(s, n, &k);
	return k;
}

/*
 * %ls: a wide string as multibyte, at most prec bytes (in wide mode,
 * prec characters; the width is then also in characters).
 */
static int
fmt_wstr(struct __fmtout *o, const struct __fmtspec *sp, const wchar_t *ws)
{
	char mb[16];
	size_t total = 0, k, i;
	mbstate_t st;
	struct __fmtspec s2 = *sp;
	int pass;

	if (ws == NULL)
		ws = L"(null)";
	for (pass = 0; pass < 2; pass++) {
		memset(&st, 0, sizeof(st));
		for (i = 0, k = 0; ws[i] != 0; i++) {
			size_t r = wcrtomb(mb, ws[i], &st);

			if (r == (size_t)-1)
				return EILSEQ;
			if (sp->prec >= 0 &&
			    k + (o->wide ? 1 : r) > (size_t)sp->prec)
				break;
			if (pass == 1)
				__fmt_put(o, mb, r);
			k += o->wide ? 1 : r;
		}
		if (pass == 0) {
			total = k;
			s2.width = sp->width - (int)total;
			if (!(sp->flags & __FMT_MINUS))
				__fmt_pad(o, ' ', s2.width);
		}
	}
	if (sp->flags & __FMT_MINUS)
		__fmt_pad(o, ' ', s2.width);
	return 0;
}

static int
fmt_wchar(struct __fmtout *o, const struct __fmtspec *sp, wint_t wc)
{
	char mb[16];
	mbstate_t st;
	size_t r;

	memset(&st, 0, sizeof(st));
	if ((r = wcrtomb(mb, (wchar_t)wc, &st)) == (size_t)-1)
		return EILSEQ;
	fmt_bytes(o, sp, mb, r);
	return 0;
}

static void
store_count(void *p, int len, size_t n)
{
	switch (len) {
	case __FMT_LHH:
		*(signed char *)p = (signed char)n;
		break;
	case __FMT_LH:
		*(short *)p = (short)n;
		break;
	case __FMT_LL:
		*(long *)p = (long)n;
		break;
	case __FMT_LLL:
		*(long long *)p = (long long)n;
		break;
	case __FMT_LJ:
		*(intmax_t *)p = (intmax_t)n;
		break;
	case __FMT_LZ:
		*(size_t *)p = n;
		break;
	case __FMT_LT:
		*(ptrdiff_t *)p = (ptrdiff_t)n;
		break;
	default:
		*(int *)p = (int)n;
		break;
	}
}

/* Format one conversion; returns 0 or an errno value. */
static int
do_conv(struct __fmtout *o, struct conv *c, struct args *a, int saved)
{
	struct __fmtspec *sp = &c->sp;
	int t = conv_type(sp), neg;
	const char *s;
	uintmax_t u;

	switch (sp->conv) {
	case '%':
		__fmt_put(o, "%", 1);
		return 0;
	case 'm':
		s = strerror(saved);
		fmt_bytes(o, sp, s,
		    sp->prec >= 0 ? strnlen(s, (size_t)sp->prec) : strlen(s));
		return 0;
	case 'd':
	case 'i':
	case 'o':
	case 'u':
	case 'x':
	case 'X':
		u = narrow(get_int(a, c->argn, t), sp->len,
		    sp->conv == 'd' || sp->conv == 'i', &neg);
		fmt_int(o, sp, u, neg);
		return 0;
	case 'p':
		sp->flags &= ~__FMT_SPACE & ~__FMT_PLUS;
		fmt_int(o, sp, (uintptr_t)get_ptr(a, c->argn), 0);
		return 0;
	case 'n':
		store_count(get_ptr(a, c->argn), sp->len, o->len);
		return 0;
	case 'c':
	case 'C':
		if (sp->len == __FMT_LL || sp->conv == 'C')
			return fmt_wchar(o, sp, (wint_t)get_int(a, c->argn, t));
		{
			char ch = (char)get_int(a, c->argn, t);

			fmt_bytes(o, sp, &ch, 1);
		}
		return 0;
	case 's':
	case 'S':
		if (sp->len == __FMT_LL || sp->conv == 'S')
			return fmt_wstr(o, sp, get_ptr(a, c->argn));
		s = get_ptr(a, c->argn);
		if (s == NULL)
			s = "(null)";
		fmt_bytes(o, sp, s, str_len(o, sp, s));
		return 0;
	}
	__fmt_float(o, sp, get_float(a, c->argn, t == T_LDBL), t == T_LDBL);
	return 0;
}

/* Resolve '*' width and precision. */
static void
stars(struct conv *c, struct args *a)
{
	int w, p;

	if (c->wstar) {
		w = (int)get_int(a, c->wargn, T_INT);
		if (w < 0) {
			c->sp.flags |= __FMT_MINUS;
			w = w == INT_MIN ? INT_MAX : -w;
		}
		c->sp.width = w;
	}
	if (c->pstar) {
		p = (int)get_int(a, c->pargn, T_INT);
		c->sp.prec = p < 0 ? -1 : p;
	}
}

static int
finish(struct __fmtout *o, int err)
{
	if (err == 0)
		err = o->err;
	if (err == 0 && o->len > INT_MAX)
		err = EOVERFLOW;
	if (err != 0) {
		errno = err;
		return -1;
	}
	return (int)o->len;
}

int
__vfmt(struct __fmtout *o, const char *fmt, va_list ap)
{
	union arg tab[MAXPOS + 1];
	struct args a;
	struct conv c;
	const char *f = fmt, *pct;
	int saved = errno, err = 0, r;

	if (fmt == NULL)
		return finish(o, EFAULT);
	a.tab = NULL;
	va_copy(a.ap, ap);
	if ((r = prescan(fmt, &a, tab)) < 0) {
		va_end(a.ap);
		return finish(o, EINVAL);
	}
	while (err == 0 && o->err == 0 && *f != '\0') {
		if ((pct = strchr(f, '%')) == NULL)
			pct = f + strlen(f);
		__fmt_put(o, f, (size_t)(pct - f));
		if (*pct == '\0')
			break;
		f = parse_conv(pct + 1, &c);
		stars(&c, &a);
		err = do_conv(o, &c, &a, saved);
		if (o->len > INT_MAX)
			break;
	}
	va_end(a.ap);
	return finish(o, err);
}
