/*
 * locale_impl.h: private state and helpers of the locale code.
 *
 * One global locale: the name of each category and whether LC_CTYPE uses
 * UTF-8.  The multibyte functions dispatch on that flag; the C/POSIX
 * locale is single-byte and maps every byte b to the wide character b
 * (as NetBSD's C locale does: no byte is invalid, wide values above 0xff
 * cannot be converted back).
 */
#ifndef _LOCALE_IMPL_H_
#define _LOCALE_IMPL_H_

#include <locale.h>
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

#define __LOCALE_NAME_MAX 32

struct __locale_state {
	char names[_LC_LAST][__LOCALE_NAME_MAX]; /* [0] unused */
	int ctype_utf8; /* LC_CTYPE is a UTF-8 locale */
};

extern struct __locale_state __locale_state;

/* Nonzero when LC_CTYPE is UTF-8. */
#define __LOCALE_UTF8() (__locale_state.ctype_utf8)

/*
 * The conversion state inside mbstate_t: bytes of an incomplete UTF-8
 * sequence collected so far.  An all-zero state is the initial state.
 */
struct __mbs {
	unsigned char count; /* bytes held, 0..3 */
	unsigned char bytes[3];
};

#define __MBS(ps) ((struct __mbs *)(void *)(ps))

/*
 * Decode one UTF-8 character from the n bytes at s.  Returns its length
 * (1..4) and stores it in *wc, 0 if the bytes are a valid but incomplete
 * prefix, or -1 if they can never start a valid character (bad lead or
 * continuation byte, overlong form, surrogate, value above 0x10ffff).
 */
int __utf8_decode(const unsigned char *, size_t, wchar_t *);

/* Encode wc as UTF-8 into buf (4 bytes); returns 1..4 or -1 (EILSEQ). */
int __utf8_encode(char *, wchar_t);

/*
 * Encode wc in the current LC_CTYPE into buf (4 bytes); returns the
 * length or -1 if wc has no encoding there.
 */
int __wc_encode(char *, wchar_t);

/* Wide-character classes, indices for __wc_class and wctype(). */
enum __wc_classes {
	__WC_NONE,
	__WC_ALNUM,
	__WC_ALPHA,
	__WC_BLANK,
	__WC_CNTRL,
	__WC_DIGIT,
	__WC_GRAPH,
	__WC_LOWER,
	__WC_PRINT,
	__WC_PUNCT,
	__WC_SPACE,
	__WC_UPPER,
	__WC_XDIGIT,
	__WC_NCLASSES
};

int __wc_class(wint_t, int);
wint_t __wc_tolower(wint_t);
wint_t __wc_toupper(wint_t);

/* Unicode range tables (locale/unicode_tab.c). */
struct __urange {
	uint32_t lo, hi;
};

struct __ucase {
	uint32_t lo, hi; /* upper-case code points */
	int32_t delta;	 /* lower = upper + delta */
	uint32_t step;	 /* 1: every point, 2: every other one */
};

int __urange_has(const struct __urange *, size_t, uint32_t);

extern const struct __urange __u_alpha[];
extern const size_t __u_nalpha;
extern const struct __urange __u_zero_width[];
extern const size_t __u_nzero_width;
extern const struct __urange __u_double_width[];
extern const size_t __u_ndouble_width;
extern const struct __ucase __u_case[];
extern const size_t __u_ncase;

#endif /* !_LOCALE_IMPL_H_ */
