/*
 * wctrans_l: wctrans in locale l (mapping names are the same in every
 * supported locale).
 */
#include <wctype.h>

wctrans_t
wctrans_l(const char *name, locale_t l)
{
	(void)l;
	return wctrans(name);
}
