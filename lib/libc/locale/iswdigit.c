/*
 * iswdigit: nonzero if wc is in the "digit" class of the current LC_CTYPE
 * (ASCII only in the C locale, Unicode-aware in UTF-8).
 */
#include <wctype.h>

#include "locale_impl.h"

int
iswdigit(wint_t wc)
{
	return __wc_class(wc, __WC_DIGIT);
}
