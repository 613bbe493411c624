/*
 * crypt_des.c: the DES-based methods.
 *
 * Traditional: a 2-character salt (12 bits, the first character's value
 * in the low 6 bits); the first 8 password characters, each shifted
 * left one bit, are the key; a zero block is encrypted 25 times; the
 * result is the salt and 11 characters of the 64-bit block (6 bits
 * each, from the top, with 2 zero bits appended).
 *
 * Extended (BSDI, "_"): "_", 4 characters of iteration count and 4 of
 * salt (24-bit numbers, low 6 bits first); every further 8 password
 * characters are folded into the key by encrypting the key with itself
 * and XORing them in.
 */

#include <string.h>

#include "crypt_impl.h"

/* A 24-bit salt number -> the E-bit swap mask (salt bit k -> bit 23-k). */
static uint32_t
salt_mask(uint32_t salt)
{
	uint32_t m = 0;
	int k;

	for (k = 0; k < 24; k++)
		if (salt & (uint32_t)1 << k)
			m |= (uint32_t)1 << (23 - k);
	return m;
}

/* n characters of crypt's encoding as a number, low 6 bits first. */
static int
a64_number(const char *s, int n, uint32_t *v)
{
	int i, c;

	for (*v = 0, i = 0; i < n; i++) {
		if ((c = __radix64_value((unsigned char)s[i])) < 0)
			return -1;
		*v |= (uint32_t)c << (6 * i);
	}
	return 0;
}

/* Up to 8 characters of pw, shifted left, as a key; advances *pw. */
static uint64_t
key_bits(const char **pw)
{
	uint64_t k = 0;
	int i;

	for (i = 0; i < 8; i++) {
		k <<= 8;
		if (**pw != '\0')
			k |= (uint64_t)(((unsigned char)*(*pw)++ << 1) & 0xfe);
	}
	return k;
}

static char *
encode_block(char *o, uint64_t b)
{
	int i;

	for (i = 0; i < 10; i++)
		*o++ = __radix64_digits[(b >> (58 - 6 * i)) & 0x3f];
	/* The last character holds the low 4 bits and 2 zero bits. */
	*o++ = __radix64_digits[(b & 0xf) << 2];
	*o = '\0';
	return o;
}

static uint64_t
iterate(const struct des_key *k, uint32_t mask, uint32_t count)
{
	uint64_t b = 0;

	while (count-- > 0)
		b = __des_crypt(k, b, mask, 0);
	return b;
}

int
__crypt_des(const char *pw, const char *setting, char *out)
{
	struct des_key k;
	uint32_t salt;

	if (a64_number(setting, 2, &salt) < 0)
		return -1;
	__des_key(&k, key_bits(&pw));
	out[0] = setting[0];
	out[1] = setting[1];
	encode_block(out + 2, iterate(&k, salt_mask(salt), 25));
	return 0;
}

int
__crypt_bsdi(const char *pw, const char *setting, char *out)
{
	uint32_t count, salt;
	struct des_key k;
	uint64_t key;

	if (a64_number(setting + 1, 4, &count) < 0 ||
	    a64_number(setting + 5, 4, &salt) < 0 || count == 0)
		return -1;
	key = key_bits(&pw);
	__des_key(&k, key);
	while (*pw != '\0') {
		key = __des_crypt(&k, key, 0, 0) ^ key_bits(&pw);
		__des_key(&k, key);
	}
	memcpy(out, setting, 9);
	encode_block(out + 9, iterate(&k, salt_mask(salt), count));
	return 0;
}
