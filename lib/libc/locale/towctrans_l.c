/*
 * towctrans_l: towctrans in locale l; an invalid handle returns wc with
 * errno EINVAL.
 */
#include <errno.h>
#include <wctype.h>

wint_t
towctrans_l(wint_t wc, wctrans_t desc, locale_t l)
{
	switch (desc) {
	case 1:
		return towlower_l(wc, l);
	case 2:
		return towupper_l(wc, l);
	default:
		errno = EINVAL;
		return wc;
	}
}
