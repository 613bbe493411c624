/*
 * towctrans: apply a mapping from wctrans(); an invalid handle returns wc
 * unchanged with errno EINVAL.
 */
#include <errno.h>
#include <wctype.h>

wint_t
towctrans(wint_t wc, wctrans_t desc)
{
	switch (desc) {
	case 1:
		return towlower(wc);
	case 2:
		return towupper(wc);
	default:
		errno = EINVAL;
		return wc;
	}
}
