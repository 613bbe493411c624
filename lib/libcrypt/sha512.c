/*
 * sha512.c: SHA-512 (FIPS 180-4), for the $6$ method.
 */

#include <string.h>

#include "crypt_impl.h"

#define ROR(x, n) ((x) >> (n) | (x) << (64 - (n)))

static void
block(void *v, const unsigned char *p)
{
	struct sha512 *c = v;
	const uint64_t *k = __sha2_k();
	uint64_t w[80], s[8], t1, t2;
	int i, j;

	for (i = 0; i < 16; i++)
		for (w[i] = 0, j = 0; j < 8; j++)
			w[i] = w[i] << 8 | p[8 * i + j];
	for (; i < 80; i++)
		w[i] = w[i - 16] + w[i - 7] +
		    (ROR(w[i - 15], 1) ^ ROR(w[i - 15], 8) ^ w[i - 15] >> 7) +
		    (ROR(w[i - 2], 19) ^ ROR(w[i - 2], 61) ^ w[i - 2] >> 6);
	memcpy(s, c->h, sizeof(s));
	for (i = 0; i < 80; i++) {
		t1 = s[7] + (ROR(s[4], 14) ^ ROR(s[4], 18) ^ ROR(s[4], 41)) +
		    ((s[4] & s[5]) ^ (~s[4] & s[6])) + k[i] + w[i];
		t2 = (ROR(s[0], 28) ^ ROR(s[0], 34) ^ ROR(s[0], 39)) +
		    ((s[0] & s[1]) ^ (s[0] & s[2]) ^ (s[1] & s[2]));
		memmove(s + 1, s, 7 * sizeof(s[0]));
		s[4] += t1;
		s[0] = t1 + t2;
	}
	for (i = 0; i < 8; i++)
		c->h[i] += s[i];
}

static const struct md_kind KIND = { 128, 16, 1, block };

void
__sha512_init(struct sha512 *c)
{
	memcpy(c->h, __sha2_h(), sizeof(c->h));
	c->len = 0;
}

void
__sha512_update(struct sha512 *c, const void *data, size_t n)
{
	__md_update(&KIND, c, c->buf, &c->len, data, n);
}

void
__sha512_final(struct sha512 *c, unsigned char out[64])
{
	int i;

	__md_pad(&KIND, c, c->buf, &c->len);
	for (i = 0; i < 64; i++)
		out[i] = (unsigned char)(c->h[i / 8] >> (56 - 8 * (i % 8)));
}
