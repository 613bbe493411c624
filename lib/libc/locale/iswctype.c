/*
 * iswctype: nonzero if wc is in the class returned by wctype(); 0 for
 * the invalid handle 0.
 */
#include <wctype.h>

#include "locale_impl.h"

int
iswctype(wint_t wc, wctype_t desc)
{
	if (desc == 0 || desc >= __WC_NCLASSES)
		return 0;
	return __wc_class(wc, (int)desc);
}
