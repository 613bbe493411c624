/*
 * l64a: the radix-64 string of the low 32 bits of value (see a64l), in
 * a static buffer; 0 gives "".
 */
#include <stdint.h>
#include <stdlib.h>

#include "libc_private.h"

char *
l64a(long value)
{
	static char buf[7];
	uint32_t v = (uint32_t)value;
	int i;

	for (i = 0; v != 0; i++, v >>= 6)
		buf[i] = __radix64_digits[v & 63];
	buf[i] = '\0';
	return buf;
}
