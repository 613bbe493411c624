/*
 * _toupper: upper-case an argument already known to be lower case.
 */
#include <ctype.h>

int(_toupper)(int c)
{
	return c - 'a' + 'A';
}
