/*
 * blowfish.c: the Blowfish cipher (Schneier, 1993) with the key
 * expansion bcrypt builds on.  The initial P-array and S-boxes are the
 * first 18 + 4 * 256 words of pi's hexadecimal fraction (pi_hex.c).
 */

#include <string.h>

#include "crypt_impl.h"

#define NWORDS (18 + 4 * 256)

void
__blowfish_init(struct blowfish *bf)
{
	const uint32_t *pi = __pi_words(NWORDS);

	memcpy(bf->p, pi, sizeof(bf->p));
	memcpy(bf->s, pi + 18, sizeof(bf->s));
}

static uint32_t
F(const struct blowfish *bf, uint32_t x)
{
	return ((bf->s[0][x >> 24] + bf->s[1][x >> 16 & 0xff]) ^
		   bf->s[2][x >> 8 & 0xff]) +
	    bf->s[3][x & 0xff];
}

void
__blowfish_encrypt(const struct blowfish *bf, uint32_t *lp, uint32_t *rp)
{
	uint32_t l = *lp, r = *rp, t;
	int i;

	for (i = 0; i < 16; i++) {
		l ^= bf->p[i];
		r ^= F(bf, l);
		t = l;
		l = r;
		r = t;
	}
	*lp = r ^ bf->p[17];
	*rp = l ^ bf->p[16];
}

/* The next 32 bits of the cyclic byte stream key[0..len). */
static uint32_t
stream_word(const unsigned char *key, size_t len, size_t *pos)
{
	uint32_t w = 0;
	int i;

	for (i = 0; i < 4; i++) {
		w = w << 8 | key[*pos];
		*pos = (*pos + 1) % len;
	}
	return w;
}

/*
 * bcrypt's ExpandKey: XOR the key stream into P, then replace P and the
 * S-boxes by successive encryptions of a block that is XORed first with
 * the 16-byte salt's words in turn (salt NULL: no salt).
 */
void
__blowfish_expand(struct blowfish *bf, const unsigned char *key, size_t len,
    const unsigned char *salt)
{
	uint32_t l = 0, r = 0, sw[4] = { 0 }, *out;
	size_t pos = 0, i, j = 0;

	for (i = 0; i < 18; i++)
		bf->p[i] ^= stream_word(key, len, &pos);
	if (salt != NULL)
		for (pos = 0, i = 0; i < 4; i++)
			sw[i] = stream_word(salt, 16, &pos);
	for (i = 0; i < NWORDS; i += 2) {
		l ^= sw[j];
		r ^= sw[j + 1];
		j = (j + 2) % 4;
		__blowfish_encrypt(bf, &l, &r);
		out = i < 18 ? &bf->p[i] : &bf->s[0][0] + (i - 18);
		out[0] = l;
		out[1] = r;
	}
}
