/*
 * isascii: nonzero if c is a 7-bit ASCII value (0..127).
 */
#include <ctype.h>

int(isascii)(int c)
{
	return (unsigned int)c <= 0177;
}
