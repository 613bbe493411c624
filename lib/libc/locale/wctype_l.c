/*
 * wctype_l: wctype in locale l (class names are the same in every
 * supported locale).
 */
#include <wctype.h>

wctype_t
wctype_l(const char *name, locale_t l)
{
	(void)l;
	return wctype(name);
}
