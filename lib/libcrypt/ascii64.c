/*
 * ascii64.c: crypt's encoding of 6-bit groups as "./0-9A-Za-z".
 */

#include "crypt_impl.h"

const char __crypt_a64[65] =
    "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

int
__crypt_a64_value(int c)
{
	if (c == '.' || c == '/')
		return c - '.';
	if (c >= '0' && c <= '9')
		return c - '0' + 2;
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 12;
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 38;
	return -1;
}

char *
__crypt_a64_put(char *p, uint32_t v, int n)
{
	while (n-- > 0) {
		*p++ = __crypt_a64[v & 0x3f];
		v >>= 6;
	}
	return p;
}
