/*
 * wcclass.c: wide-character classification and case mapping shared by
 * the isw*, tow*, wctype and wcwidth functions (private: __wc_class,
 * __wc_tolower, __wc_toupper).
 *
 * In the C locale only ASCII has classes and case, exactly as <ctype.h>.
 * In the UTF-8 locale the Unicode tables of unicode_tab.c apply.
 */
#include <ctype.h>
#include <wctype.h>

#include "locale_impl.h"

/* One-way mappings that the paired table cannot express. */
static const struct {
	uint32_t from, to;
} to_upper_only[] = {
	{ 0x00b5, 0x039c }, { 0x00ff, 0x0178 }, { 0x0131, 0x0049 },
	{ 0x017f, 0x0053 }, { 0x03c2, 0x03a3 }, { 0x03d0, 0x0392 },
	{ 0x03d1, 0x0398 }, { 0x03d5, 0x03a6 }, { 0x03d6, 0x03a0 },
	{ 0x03f0, 0x039a }, { 0x03f1, 0x03a1 }, { 0x03f5, 0x0395 },
	{ 0x1e9b, 0x1e60 },
}, to_lower_only[] = {
	{ 0x0130, 0x0069 }, { 0x03f4, 0x03b8 }, { 0x1e9e, 0x00df },
};

wint_t
__wc_tolower(wint_t wc)
{
	const struct __ucase *r;
	uint32_t c = (uint32_t)wc;
	size_t i;

	if (wc < 0 || wc > 0x10ffff)
		return wc;
	if (!__LOCALE_UTF8())
		return c < 0x80 ? (wint_t)tolower((int)c) : wc;
	for (i = 0; i < sizeof(to_lower_only) / sizeof(to_lower_only[0]); i++)
		if (to_lower_only[i].from == c)
			return (wint_t)to_lower_only[i].to;
	for (i = 0; i < __u_ncase; i++) {
		r = &__u_case[i];
		if (c >= r->lo && c <= r->hi && (c - r->lo) % r->step == 0)
			return (wint_t)(c + (uint32_t)r->delta);
	}
	return wc;
}

wint_t
__wc_toupper(wint_t wc)
{
	const struct __ucase *r;
	uint32_t c = (uint32_t)wc, lo, hi;
	size_t i;

	if (wc < 0 || wc > 0x10ffff)
		return wc;
	if (!__LOCALE_UTF8())
		return c < 0x80 ? (wint_t)toupper((int)c) : wc;
	for (i = 0; i < sizeof(to_upper_only) / sizeof(to_upper_only[0]); i++)
		if (to_upper_only[i].from == c)
			return (wint_t)to_upper_only[i].to;
	for (i = 0; i < __u_ncase; i++) {
		r = &__u_case[i];
		lo = r->lo + (uint32_t)r->delta;
		hi = r->hi + (uint32_t)r->delta;
		if (c >= lo && c <= hi && (c - lo) % r->step == 0)
			return (wint_t)(c - (uint32_t)r->delta);
	}
	return wc;
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
	return __urange_has(__u_alpha, __u_nalpha, c);
}

static int
u_lower(uint32_t c)
{
	return __wc_toupper((wint_t)c) != (wint_t)c || c == 0xdf ||
	    c == 0x138 || c == 0x149;
}

static int
unicode_class(uint32_t c, int cls)
{
	switch (cls) {
	case __WC_ALNUM:
		return u_alpha(c) || (c >= '0' && c <= '9');
	case __WC_ALPHA:
		return u_alpha(c);
	case __WC_BLANK:
		return u_blank(c);
	case __WC_CNTRL:
		return u_cntrl(c);
	case __WC_DIGIT:
		return c >= '0' && c <= '9';
	case __WC_GRAPH:
		return u_print(c) && !u_space(c);
	case __WC_LOWER:
		return u_lower(c);
	case __WC_PRINT:
		return u_print(c);
	case __WC_PUNCT:
		return u_print(c) && !u_space(c) && !u_alpha(c) &&
		    !(c >= '0' && c <= '9');
	case __WC_SPACE:
		return u_space(c);
	case __WC_UPPER:
		return __wc_tolower((wint_t)c) != (wint_t)c;
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
__wc_class(wint_t wc, int cls)
{
	if (wc < 0 || cls <= __WC_NONE || cls >= __WC_NCLASSES)
		return 0;
	if (wc < 0x80)
		return ((_ctype_tab_ + 1)[wc] & ascii_mask[cls]) != 0;
	if (!__LOCALE_UTF8())
		return 0;
	return unicode_class((uint32_t)wc, cls);
}
