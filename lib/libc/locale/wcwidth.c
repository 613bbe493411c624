/*
 * wcwidth: terminal columns taken by wc: 0 for NUL and combining or
 * zero-width characters, 2 for East Asian wide and fullwidth ones, 1 for
 * other printable characters, -1 for non-printable ones.  The C locale
 * prints only ASCII.
 */
#include <wchar.h>
#include <wctype.h>

#include "locale_impl.h"

int
wcwidth(wchar_t wc)
{
	uint32_t c = (uint32_t)wc;

	if (wc == L'\0')
		return 0;
	if (!iswprint((wint_t)wc))
		return -1;
	if (!__LOCALE_UTF8())
		return 1;
	if (__urange_has(__u_zero_width, __u_zero_width_n, c))
		return 0;
	if (__urange_has(__u_double_width, __u_double_width_n, c))
		return 2;
	return 1;
}
