/*
 * toupper: the upper-case form of a lower-case ASCII letter; any other
 * value (EOF and out-of-range values included) is returned unchanged.
 */
#include <ctype.h>

int(toupper)(int c)
{
	if (c < -1 || c > 255)
		return c;
	return toupper(c);
}
