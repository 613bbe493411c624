/*
 * wcclass.c: wide-character classification and case mapping shared by
 * the isw*, tow*, wctype and wcwidth functions and their *_l forms
 * (private: __wc_class, __wc_tolower, __wc_toupper, their *_in versions
 * for a given locale, and the table searches __urange_has and
 * __ucase_map).
 *
 * In the C locale only ASCII has classes and case, exactly as <ctype.h>.
 * In the UTF-8 locale the generated Unicode tables of unicode_tab.c
 * apply: simple case mappings, letters as alpha, and lower/upper as a
 * character that only maps the other way (or has the Unicode Lowercase
 * or Uppercase property).
 */
#include <ctype.h>
#include <stddef.h>
#include <wctype.h>

#include "locale_impl.h"

/*
 * Index of the entry of a sorted table whose range lo..hi holds c, or n.
 * Both table types start with the uint32_t pair lo, hi; size is the
 * entry size.
 */
_Static_assert(offsetof(struct __urange, lo) == 0 &&
	offsetof(struct __urange, hi) == sizeof(uint32_t) &&
	offsetof(struct __ucase, lo) == 0 &&
	offsetof(struct __ucase, hi) == sizeof(uint32_t),
    "range tables must start with uint32_t lo, hi");

static size_t
range_find(const void *t, size_t n, size_t size, uint32_t c)
{
	size_t lo = 0, hi = n, mid;
	const uint32_t *e;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		e = (const uint32_t *)(const void *)((const char *)t +
		    mid * size);
		if (c < e[0])
			hi = mid;
		else if (c > e[1])
			lo = mid + 1;
		else
			return mid;
	}
	return n;
}

int
__urange_has(const struct __urange *t, size_t n, uint32_t c)
{
	return range_find(t, n, sizeof(*t), c) < n;
}

uint32_t
__ucase_map(const struct __ucase *t, size_t n, uint32_t c)
{
	size_t i = range_find(t, n, sizeof(*t), c);

	if (i < n && (c - t[i].lo) % t[i].step == 0)
		return c + (uint32_t)t[i].delta;
	return c;
}

wint_t
__wc_tolower_in(const struct __locale_state *l, wint_t wc)
{
	if (wc < 0 || wc > 0x10ffff)
		return wc;
	if (!l->ctype_utf8)
		return wc < 0x80 ? (wint_t)tolower((int)wc) : wc;
	return (wint_t)__ucase_map(__u_tolower, __u_tolower_n, (uint32_t)wc);
}

wint_t
__wc_toupper_in(const struct __locale_state *l, wint_t wc)
{
	if (wc < 0 || wc > 0x10ffff)
		return wc;
	if (!l->ctype_utf8)
		return wc < 0x80 ? (wint_t)toupper((int)wc) : wc;
	return (wint_t)__ucase_map(__u_toupper, __u_toupper_n, (uint32_t)wc);
}

wint_t
__wc_tolower(wint_t wc)
{
	return __wc_tolower_in(__current_locale, wc);
}

wint_t
__wc_toupper(wint_t wc)
{
	return __wc_toupper_in(__current_locale, wc);
}

static int
u_space(uint32_t c)
{
	return (c >= 0x09 && c <= 0x0d) || c == 0x20 || c == 0x1680 ||
	    (c >= 0x2000 && c <= 0x2006) || (c >= 0x2008 && c <= 0x200a) ||
	    c == 0x2028 || c == 0x2029 || c == 0x205f || c == 0x3000;
}

static int
u_blank(uint32_t c)
{
	return c == 0x09 || c == 0x20 || c == 0x1680 ||
	    (c >= 0x2000 && c <= 0x2006) || (c >= 0x2008 && c <= 0x200a) ||
	    c == 0x205f || c == 0x3000;
}

static int
u_cntrl(uint32_t c)
{
	return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 ||
	    c == 0x2029;
}

/* Printable: a valid, non-control, non-surrogate, non-noncharacter. */
static int
u_print(uint32_t c)
{
	return c <= 0x10ffff && !u_cntrl(c) && !(c >= 0xd800 && c <= 0xdfff) &&
	    (c & 0xfffe) != 0xfffe && !(c >= 0xfdd0 && c <= 0xfdef);
}

static int
u_alpha(uint32_t c)
{
	return __urange_has(__u_alpha, __u_alpha_n, c);
}

/*
 * Lower case (upper == 0): c has an upper-case mapping and no lower-case
 * one, or is in the extra lower-case ranges; upper case the other way.
 */
static int
u_cased(uint32_t c, int upper)
{
	uint32_t up = __ucase_map(__u_toupper, __u_toupper_n, c);
	uint32_t lo = __ucase_map(__u_tolower, __u_tolower_n, c);

	if (upper)
		return (lo != c && up == c) ||
		    __urange_has(__u_other_upper, __u_other_upper_n, c);
	return (up != c && lo == c) ||
	    __urange_has(__u_other_lower, __u_other_lower_n, c);
}

static int
u_lower(uint32_t c)
{
	return u_cased(c, 0);
}

static int
u_upper(uint32_t c)
{
	return u_cased(c, 1);
}

static int
u_digit(uint32_t c)
{
	return c >= '0' && c <= '9';
}

static int
unicode_class(uint32_t c, int cls)
{
	switch (cls) {
	case __WC_ALNUM:
		return u_alpha(c) || u_digit(c);
	case __WC_ALPHA:
		return u_alpha(c);
	case __WC_BLANK:
		return u_blank(c);
	case __WC_CNTRL:
		return u_cntrl(c);
	case __WC_DIGIT:
		return u_digit(c);
	case __WC_GRAPH:
		return u_print(c) && !u_space(c);
	case __WC_LOWER:
		return u_lower(c);
	case __WC_PRINT:
		return u_print(c);
	case __WC_PUNCT:
		return u_print(c) && !u_space(c) && !u_alpha(c) && !u_digit(c);
	case __WC_SPACE:
		return u_space(c);
	case __WC_UPPER:
		return u_upper(c);
	case __WC_XDIGIT:
		return c < 0x80 && isxdigit((int)c);
	default:
		return 0;
	}
}

static const unsigned short ascii_mask[__WC_NCLASSES] = {
	[__WC_ALNUM] = _CTYPE_A | _CTYPE_D,
	[__WC_ALPHA] = _CTYPE_A,
	[__WC_BLANK] = _CTYPE_BL,
	[__WC_CNTRL] = _CTYPE_C,
	[__WC_DIGIT] = _CTYPE_D,
	[__WC_GRAPH] = _CTYPE_G,
	[__WC_LOWER] = _CTYPE_L,
	[__WC_PRINT] = _CTYPE_R,
	[__WC_PUNCT] = _CTYPE_P,
	[__WC_SPACE] = _CTYPE_S,
	[__WC_UPPER] = _CTYPE_U,
	[__WC_XDIGIT] = _CTYPE_X,
};

int
__wc_class_in(const struct __locale_state *l, wint_t wc, int cls)
{
	if (wc < 0 || cls <= __WC_NONE || cls >= __WC_NCLASSES)
		return 0;
	if (wc < 0x80)
		return ((_ctype_tab_ + 1)[wc] & ascii_mask[cls]) != 0;
	if (!l->ctype_utf8)
		return 0;
	return unicode_class((uint32_t)wc, cls);
}

int
__wc_class(wint_t wc, int cls)
{
	return __wc_class_in(__current_locale, wc, cls);
}
