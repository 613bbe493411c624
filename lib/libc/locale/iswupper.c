/*
 * iswupper: nonzero if wc is in the "upper" class of the current LC_CTYPE
 * (ASCII only in the C locale, Unicode-aware in UTF-8).
 */
#include <wctype.h>

#include "locale_impl.h"

int
iswupper(wint_t wc)
{
	return __wc_class(wc, __WC_UPPER);
}
