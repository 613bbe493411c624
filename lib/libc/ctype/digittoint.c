/*
 * digittoint: the value of a hexadecimal digit character ('0'..'9',
 * 'a'..'f', 'A'..'F'), or 0 for anything else.
 */
#include <ctype.h>

int
digittoint(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return 0;
}
