/*
 * tolower: the lower-case form of an upper-case ASCII letter; any other
 * value (EOF and out-of-range values included) is returned unchanged.
 */
#include <ctype.h>

int(tolower)(int c)
{
	if (c < -1 || c > 255)
		return c;
	return tolower(c);
}
