/*
 * sha256.c: SHA-256 (FIPS 180-4), for the $5$ method.
 */

#include <string.h>

#include "crypt_impl.h"

#define ROR(x, n) ((x) >> (n) | (x) << (32 - (n)))

static void
block(void *v, const unsigned char *p)
{
	struct sha256 *c = v;
	const uint64_t *k = __sha2_k();
	uint32_t w[64], s[8], t1, t2;
	int i;

	for (i = 0; i < 16; i++)
		w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
		    (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
	for (; i < 64; i++)
		w[i] = w[i - 16] + w[i - 7] +
		    (ROR(w[i - 15], 7) ^ ROR(w[i - 15], 18) ^ w[i - 15] >> 3) +
		    (ROR(w[i - 2], 17) ^ ROR(w[i - 2], 19) ^ w[i - 2] >> 10);
	memcpy(s, c->h, sizeof(s));
	for (i = 0; i < 64; i++) {
		t1 = s[7] + (ROR(s[4], 6) ^ ROR(s[4], 11) ^ ROR(s[4], 25)) +
		    ((s[4] & s[5]) ^ (~s[4] & s[6])) + (uint32_t)(k[i] >> 32) +
		    w[i];
		t2 = (ROR(s[0], 2) ^ ROR(s[0], 13) ^ ROR(s[0], 22)) +
		    ((s[0] & s[1]) ^ (s[0] & s[2]) ^ (s[1] & s[2]));
		memmove(s + 1, s, 7 * sizeof(s[0]));
		s[4] += t1;
		s[0] = t1 + t2;
	}
	for (i = 0; i < 8; i++)
		c->h[i] += s[i];
}

static const struct md_kind KIND = { 64, 8, 1, block };

void
__sha256_init(struct sha256 *c)
{
	const uint64_t *h = __sha2_h();
	int i;

	for (i = 0; i < 8; i++)
		c->h[i] = (uint32_t)(h[i] >> 32);
	c->len = 0;
}

void
__sha256_update(struct sha256 *c, const void *data, size_t n)
{
	__md_update(&KIND, c, c->buf, &c->len, data, n);
}

void
__sha256_final(struct sha256 *c, unsigned char out[32])
{
	int i;

	__md_pad(&KIND, c, c->buf, &c->len);
	for (i = 0; i < 32; i++)
		out[i] = (unsigned char)(c->h[i / 4] >> (24 - 8 * (i % 4)));
}
