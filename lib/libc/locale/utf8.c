/*
 * utf8.c: the UTF-8 decoder and encoder behind the multibyte functions
 * (private: __utf8_decode, __utf8_encode, __wc_encode).
 *
 * Well-formed sequences follow the Unicode table of valid byte ranges:
 * the second byte's range depends on the lead byte, which excludes
 * overlong forms (C0, C1, E0 80..9F, F0 80..8F), surrogates (ED A0..BF)
 * and values above 0x10ffff (F4 90.., F5..FF) as soon as they are seen.
 */
#include "locale_impl.h"

/* Length of the sequence a lead byte starts, or 0 for an invalid lead. */
static int
lead_length(unsigned char b)
{
	if (b < 0x80)
		return 1;
	if (b < 0xc2)
		return 0;
	if (b < 0xe0)
		return 2;
	if (b < 0xf0)
		return 3;
	if (b < 0xf5)
		return 4;
	return 0;
}

/* The valid range of the byte after a given lead byte. */
static int
second_ok(unsigned char lead, unsigned char b)
{
	unsigned char lo = 0x80, hi = 0xbf;

	if (lead == 0xe0)
		lo = 0xa0;
	else if (lead == 0xed)
		hi = 0x9f;
	else if (lead == 0xf0)
		lo = 0x90;
	else if (lead == 0xf4)
		hi = 0x8f;
	return b >= lo && b <= hi;
}

int
__utf8_decode(const unsigned char *s, size_t n, wchar_t *wc)
{
	int len, i;
	uint32_t v;

	if (n == 0)
		return 0;
	len = lead_length(s[0]);
	if (len == 0)
		return -1;
	if (len == 1) {
		*wc = s[0];
		return 1;
	}
	v = s[0] & (0x7f >> len);
	for (i = 1; i < len; i++) {
		if ((size_t)i >= n)
			return 0;
		if (i == 1 ? !second_ok(s[0], s[1]) : (s[i] & 0xc0) != 0x80)
			return -1;
		v = (v << 6) | (s[i] & 0x3f);
	}
	*wc = (wchar_t)v;
	return len;
}

int
__utf8_encode(char *buf, wchar_t wc)
{
	uint32_t v = (uint32_t)wc;

	if (wc < 0 || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
		return -1;
	if (v < 0x80) {
		buf[0] = (char)v;
		return 1;
	}
	if (v < 0x800) {
		buf[0] = (char)(0xc0 | (v >> 6));
		buf[1] = (char)(0x80 | (v & 0x3f));
		return 2;
	}
	if (v < 0x10000) {
		buf[0] = (char)(0xe0 | (v >> 12));
		buf[1] = (char)(0x80 | ((v >> 6) & 0x3f));
		buf[2] = (char)(0x80 | (v & 0x3f));
		return 3;
	}
	buf[0] = (char)(0xf0 | (v >> 18));
	buf[1] = (char)(0x80 | ((v >> 12) & 0x3f));
	buf[2] = (char)(0x80 | ((v >> 6) & 0x3f));
	buf[3] = (char)(0x80 | (v & 0x3f));
	return 4;
}

int
__wc_encode(char *buf, wchar_t wc)
{
	if (__LOCALE_UTF8())
		return __utf8_encode(buf, wc);
	if (wc < 0 || wc > 0xff)
		return -1;
	buf[0] = (char)wc;
	return 1;
}
