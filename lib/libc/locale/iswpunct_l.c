/*
 * iswpunct_l: iswpunct in locale l (LC_GLOBAL_LOCALE: the global locale).
 */
#include <wctype.h>

#include "locale_impl.h"

int
iswpunct_l(wint_t wc, locale_t l)
{
	return __wc_class_in(__LOCALE_OF(l), wc, __WC_PUNCT);
}
