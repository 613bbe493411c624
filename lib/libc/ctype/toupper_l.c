/*
 * toupper_l: toupper in locale l (byte case mapping is the same in every
 * supported locale).
 */
#include <ctype.h>

int
toupper_l(int c, locale_t l)
{
	(void)l;
	return (toupper)(c);
}
