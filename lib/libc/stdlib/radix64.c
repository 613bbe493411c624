/*
 * radix64.c: the radix-64 digits "./0-9A-Za-z" (0 to 63) of a64l/l64a,
 * which libcrypt's hashes also encode with.
 */
#include "libc_private.h"

const char __radix64_digits[65] =
    "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/* The value of digit c, or -1 if c is not one. */
int
__radix64_value(int c)
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
