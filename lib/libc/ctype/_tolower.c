/*
 * _tolower: lower-case an argument already known to be upper case.
 */
#include <ctype.h>

int(_tolower)(int c)
{
	return c - 'A' + 'a';
}
