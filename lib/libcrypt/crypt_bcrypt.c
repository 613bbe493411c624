/*
 * crypt_bcrypt.c: the $2a$, $2b$ and $2y$ methods (Provos and Mazieres'
 * bcrypt): "$2b$", a two-digit cost 04..31, "$", 22 characters of
 * 16-byte salt and 31 characters of hash, both in bcrypt's own base-64
 * ("./A-Za-z0-9", most significant bits first).  The key is the password
 * and its NUL, of which at most 72 bytes count.  All three variants are
 * this algorithm (they differ only for bugs of other implementations).
 */

#include <string.h>

#include "crypt_impl.h"

static const char B64[] =
    "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

static int
b64_value(int c)
{
	const char *p = c != '\0' ? strchr(B64, c) : NULL;

	return p != NULL ? (int)(p - B64) : -1;
}

/* Decode 22 characters into 16 bytes; -1 for a bad character. */
static int
decode_salt(const char *s, unsigned char *out)
{
	uint32_t acc = 0;
	int i, v, bits = 0, o = 0;

	for (i = 0; i < 22; i++) {
		if ((v = b64_value((unsigned char)s[i])) < 0)
			return -1;
		acc = acc << 6 | (uint32_t)v;
		bits += 6;
		if (bits >= 8 && o < 16) {
			bits -= 8;
			out[o++] = (unsigned char)(acc >> bits);
		}
	}
	return 0;
}

/* Encode n bytes (the last group padded with zero bits). */
static char *
encode(char *o, const unsigned char *b, size_t n)
{
	uint32_t acc = 0;
	size_t i;
	int bits = 0;

	for (i = 0; i < n; i++) {
		acc = acc << 8 | b[i];
		bits += 8;
		while (bits >= 6) {
			bits -= 6;
			*o++ = B64[(acc >> bits) & 0x3f];
		}
	}
	if (bits > 0)
		*o++ = B64[(acc << (6 - bits)) & 0x3f];
	return o;
}

/* The cost and salt of the setting; -1 if malformed. */
static int
parse(const char *s, int *cost, unsigned char *salt)
{
	if (s[1] != '2' || (s[2] != 'a' && s[2] != 'b' && s[2] != 'y') ||
	    s[3] != '$' || s[4] < '0' || s[4] > '3' || s[5] < '0' ||
	    s[5] > '9' || s[6] != '$')
		return -1;
	*cost = (s[4] - '0') * 10 + s[5] - '0';
	if (*cost < 4 || *cost > 31)
		return -1;
	return decode_salt(s + 7, salt);
}

int
__crypt_bcrypt(const char *pw, const char *setting, char *out)
{
	static const char magic[] = "OrpheanBeholderScryDoubt";
	unsigned char salt[16], key[73], hash[24];
	uint32_t ct[6];
	struct blowfish bf;
	size_t kl = strnlen(pw, 72), i, r;
	int cost;
	char *o;

	if (parse(setting, &cost, salt) < 0)
		return -1;
	memcpy(key, pw, kl);
	key[kl++] = '\0';
	if (kl > 72)
		kl = 72;
	__blowfish_init(&bf);
	__blowfish_expand(&bf, key, kl, salt);
	for (r = (size_t)1 << cost; r > 0; r--) {
		__blowfish_expand(&bf, key, kl, NULL);
		__blowfish_expand(&bf, salt, 16, NULL);
	}
	for (i = 0; i < 6; i++)
		ct[i] = (uint32_t)(unsigned char)magic[4 * i] << 24 |
		    (uint32_t)(unsigned char)magic[4 * i + 1] << 16 |
		    (uint32_t)(unsigned char)magic[4 * i + 2] << 8 |
		    (unsigned char)magic[4 * i + 3];
	for (r = 0; r < 64; r++)
		for (i = 0; i < 6; i += 2)
			__blowfish_encrypt(&bf, &ct[i], &ct[i + 1]);
	for (i = 0; i < 24; i++)
		hash[i] = (unsigned char)(ct[i / 4] >> (24 - 8 * (i % 4)));
	memcpy(out, setting, 7);
	o = encode(out + 7, salt, 16);
	o = encode(o, hash, 23);
	*o = '\0';
	return 0;
}
