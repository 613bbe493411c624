/*
 * towlower: the lower-case partner of wc, or wc itself (Latin, Greek,
 * Cyrillic, Armenian, Georgian and fullwidth letters in UTF-8; ASCII
 * in C).
 */
#include <wctype.h>

#include "locale_impl.h"

wint_t
towlower(wint_t wc)
{
	return __wc_tolower(wc);
}
