/*
 * towupper: the upper-case partner of wc, or wc itself.
 */
#include <wctype.h>

#include "locale_impl.h"

wint_t
towupper(wint_t wc)
{
	return __wc_toupper(wc);
}
