/*
 * toascii: keep the low 7 bits of c.
 */
#include <ctype.h>

int(toascii)(int c)
{
	return c & 0177;
}
