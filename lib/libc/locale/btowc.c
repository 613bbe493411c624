/*
 * btowc: the wide character of a single byte, or WEOF if the byte is not
 * a complete character by itself (bytes >= 0x80 in UTF-8) or c is EOF.
 */
#include <wchar.h>

#include "locale_impl.h"

wint_t
btowc(int c)
{
	if (c < 0 || c > 0xff)
		return WEOF;
	if (__LOCALE_UTF8() && c >= 0x80)
		return WEOF;
	return (wint_t)c;
}
