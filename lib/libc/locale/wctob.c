/*
 * wctob: the single byte encoding wc, or EOF (-1) if wc takes more or
 * has no encoding in the current LC_CTYPE.
 */
#include <wchar.h>

#include "locale_impl.h"

int
wctob(wint_t wc)
{
	if (wc < 0 || wc > (__LOCALE_UTF8() ? 0x7f : 0xff))
		return -1;
	return (int)wc;
}
