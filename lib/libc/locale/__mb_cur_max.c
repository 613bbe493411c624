/*
 * __mb_cur_max: the value of MB_CUR_MAX, the longest character of the
 * current LC_CTYPE: 1 in the C locale, 4 in UTF-8 (code points end at
 * 0x10ffff, which needs 4 bytes).
 */
#include <stdlib.h>

#include "locale_impl.h"

size_t
__mb_cur_max(void)
{
	return __LOCALE_UTF8() ? 4 : 1;
}
