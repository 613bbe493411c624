/*
 * ascii64.c: crypt's encoding of 6-bit groups as "./0-9A-Za-z" (the
 * digits are libc's __radix64_digits).
 */

#include "crypt_impl.h"

char *
__crypt_a64_put(char *p, uint32_t v, int n)
{
	while (n-- > 0) {
		*p++ = __radix64_digits[v & 0x3f];
		v >>= 6;
	}
	return p;
}
