/*
 * towlower_l: towlower in locale l (LC_GLOBAL_LOCALE: the global locale).
 */
#include <wctype.h>

#include "locale_impl.h"

wint_t
towlower_l(wint_t wc, locale_t l)
{
	return __wc_tolower_in(__LOCALE_OF(l), wc);
}
