/*
 * a64l: the value of a radix-64 string made by l64a: up to six digits
 * from "./0-9A-Za-z" (0 to 63), least significant first, stopping at
 * the first other character.  The 32-bit result is sign-extended.
 */
#include <stdint.h>
#include <stdlib.h>

#include "libc_private.h"

long
a64l(const char *s)
{
	uint32_t v = 0;
	int i, d;

	for (i = 0; i < 6 && (d = __radix64_value((unsigned char)s[i])) >= 0;
	     i++)
		v |= (uint32_t)d << (6 * i);
	return (long)(int32_t)v;
}
