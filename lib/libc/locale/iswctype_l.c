/*
 * iswctype_l: iswctype in locale l.
 */
#include <wctype.h>

#include "locale_impl.h"

int
iswctype_l(wint_t wc, wctype_t desc, locale_t l)
{
	if (desc == 0 || desc >= __WC_NCLASSES)
		return 0;
	return __wc_class_in(__LOCALE_OF(l), wc, (int)desc);
}
