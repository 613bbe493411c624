/*
 * des.c: the DES block cipher (FIPS 46-3), with crypt's salt: for each
 * set bit k of the 24-bit salt mask, bits k and k + 24 of the expanded
 * right half (E's output, numbered from its first bit) are swapped.
 *
 * Bits are numbered as in the standard: bit 1 is the most significant
 * bit of a block.  IP and E follow regular patterns and are generated;
 * FP is IP's inverse.  The other tables are the standard's.
 */

#include "crypt_impl.h"

/* Permuted choice 1: 56 key bits out of 64. */
static const unsigned char PC1[56] = {
	57,
	49,
	41,
	33,
	25,
	17,
	9,
	1,
	58,
	50,
	42,
	34,
	26,
	18,
	10,
	2,
	59,
	51,
	43,
	35,
	27,
	19,
	11,
	3,
	60,
	52,
	44,
	36,
	63,
	55,
	47,
	39,
	31,
	23,
	15,
	7,
	62,
	54,
	46,
	38,
	30,
	22,
	14,
	6,
	61,
	53,
	45,
	37,
	29,
	21,
	13,
	5,
	28,
	20,
	12,
	4,
};

/* Permuted choice 2: a 48-bit round key out of C and D. */
static const unsigned char PC2[48] = {
	14,
	17,
	11,
	24,
	1,
	5,
	3,
	28,
	15,
	6,
	21,
	10,
	23,
	19,
	12,
	4,
	26,
	8,
	16,
	7,
	27,
	20,
	13,
	2,
	41,
	52,
	31,
	37,
	47,
	55,
	30,
	40,
	51,
	45,
	33,
	48,
	44,
	49,
	39,
	56,
	34,
	53,
	46,
	42,
	50,
	36,
	29,
	32,
};

/* Left rotations of C and D before each round. */
static const unsigned char SHIFTS[16] = { 1, 1, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2,
	2, 2, 1 };

/* The permutation P of the S-box outputs. */
static const unsigned char P[32] = {
	16,
	7,
	20,
	21,
	29,
	12,
	28,
	17,
	1,
	15,
	23,
	26,
	5,
	18,
	31,
	10,
	2,
	8,
	24,
	14,
	32,
	27,
	3,
	9,
	19,
	13,
	30,
	6,
	22,
	11,
	4,
	25,
};

/* The S-boxes: row (outer bits) then column (inner four bits). */
static const unsigned char S[8][4][16] = {
	{ { 14, 4, 13, 1, 2, 15, 11, 8, 3, 10, 6, 12, 5, 9, 0, 7 },
	    { 0, 15, 7, 4, 14, 2, 13, 1, 10, 6, 12, 11, 9, 5, 3, 8 },
	    { 4, 1, 14, 8, 13, 6, 2, 11, 15, 12, 9, 7, 3, 10, 5, 0 },
	    { 15, 12, 8, 2, 4, 9, 1, 7, 5, 11, 3, 14, 10, 0, 6, 13 } },
	{ { 15, 1, 8, 14, 6, 11, 3, 4, 9, 7, 2, 13, 12, 0, 5, 10 },
	    { 3, 13, 4, 7, 15, 2, 8, 14, 12, 0, 1, 10, 6, 9, 11, 5 },
	    { 0, 14, 7, 11, 10, 4, 13, 1, 5, 8, 12, 6, 9, 3, 2, 15 },
	    { 13, 8, 10, 1, 3, 15, 4, 2, 11, 6, 7, 12, 0, 5, 14, 9 } },
	{ { 10, 0, 9, 14, 6, 3, 15, 5, 1, 13, 12, 7, 11, 4, 2, 8 },
	    { 13, 7, 0, 9, 3, 4, 6, 10, 2, 8, 5, 14, 12, 11, 15, 1 },
	    { 13, 6, 4, 9, 8, 15, 3, 0, 11, 1, 2, 12, 5, 10, 14, 7 },
	    { 1, 10, 13, 0, 6, 9, 8, 7, 4, 15, 14, 3, 11, 5, 2, 12 } },
	{ { 7, 13, 14, 3, 0, 6, 9, 10, 1, 2, 8, 5, 11, 12, 4, 15 },
	    { 13, 8, 11, 5, 6, 15, 0, 3, 4, 7, 2, 12, 1, 10, 14, 9 },
	    { 10, 6, 9, 0, 12, 11, 7, 13, 15, 1, 3, 14, 5, 2, 8, 4 },
	    { 3, 15, 0, 6, 10, 1, 13, 8, 9, 4, 5, 11, 12, 7, 2, 14 } },
	{ { 2, 12, 4, 1, 7, 10, 11, 6, 8, 5, 3, 15, 13, 0, 14, 9 },
	    { 14, 11, 2, 12, 4, 7, 13, 1, 5, 0, 15, 10, 3, 9, 8, 6 },
	    { 4, 2, 1, 11, 10, 13, 7, 8, 15, 9, 12, 5, 6, 3, 0, 14 },
	    { 11, 8, 12, 7, 1, 14, 2, 13, 6, 15, 0, 9, 10, 4, 5, 3 } },
	{ { 12, 1, 10, 15, 9, 2, 6, 8, 0, 13, 3, 4, 14, 7, 5, 11 },
	    { 10, 15, 4, 2, 7, 12, 9, 5, 6, 1, 13, 14, 0, 11, 3, 8 },
	    { 9, 14, 15, 5, 2, 8, 12, 3, 7, 0, 4, 10, 1, 13, 11, 6 },
	    { 4, 3, 2, 12, 9, 5, 15, 10, 11, 14, 1, 7, 6, 0, 8, 13 } },
	{ { 4, 11, 2, 14, 15, 0, 8, 13, 3, 12, 9, 7, 5, 10, 6, 1 },
	    { 13, 0, 11, 7, 4, 9, 1, 10, 14, 3, 5, 12, 2, 15, 8, 6 },
	    { 1, 4, 11, 13, 12, 3, 7, 14, 10, 15, 6, 8, 0, 5, 9, 2 },
	    { 6, 11, 13, 8, 1, 4, 10, 7, 9, 5, 0, 15, 14, 2, 3, 12 } },
	{ { 13, 2, 8, 4, 6, 15, 11, 1, 10, 9, 3, 14, 5, 0, 12, 7 },
	    { 1, 15, 13, 8, 10, 3, 7, 4, 12, 5, 6, 11, 0, 14, 9, 2 },
	    { 7, 11, 4, 1, 9, 12, 14, 2, 0, 6, 10, 13, 15, 3, 5, 8 },
	    { 2, 1, 14, 7, 4, 10, 8, 13, 15, 12, 9, 0, 3, 5, 6, 11 } },
};

static unsigned char IP[64], FP[64], E[48];
static int ready;

/* IP: row r reads bits 58, 60, 62, 64, 57, 59, 61, 63 (for r = 0..7)
 * downwards in steps of 8.  E: each 6-bit group i starts at bit 4i - 1
 * (bit 32 for the first), wrapping around. */
static void
make_tables(void)
{
	int r, c, i;

	for (r = 0; r < 8; r++)
		for (c = 0; c < 8; c++)
			IP[8 * r + c] =
			    (unsigned char)((r < 4 ? 58 + 2 * r
						   : 57 + 2 * (r - 4)) -
				8 * c);
	for (i = 0; i < 64; i++)
		FP[IP[i] - 1] = (unsigned char)(i + 1);
	for (i = 0; i < 8; i++)
		for (c = 0; c < 6; c++)
			E[6 * i + c] =
			    (unsigned char)((4 * i - 1 + c + 32) % 32 + 1);
	ready = 1;
}

/* Output bit i (from the top) = input bit t[i] of an n-bit input. */
static uint64_t
permute(uint64_t in, int n, const unsigned char *t, int outn)
{
	uint64_t out = 0;
	int i;

	for (i = 0; i < outn; i++)
		out = out << 1 | ((in >> (n - t[i])) & 1);
	return out;
}

void
__des_key(struct des_key *k, uint64_t key)
{
	uint64_t cd;
	uint32_t c, d;
	int i;

	if (!ready)
		make_tables();
	cd = permute(key, 64, PC1, 56);
	c = (uint32_t)(cd >> 28);
	d = (uint32_t)(cd & 0xfffffff);
	for (i = 0; i < 16; i++) {
		c = ((c << SHIFTS[i]) | (c >> (28 - SHIFTS[i]))) & 0xfffffff;
		d = ((d << SHIFTS[i]) | (d >> (28 - SHIFTS[i]))) & 0xfffffff;
		k->sub[i] = permute((uint64_t)c << 28 | d, 56, PC2, 48);
	}
}

/* The round function f(R, K) with the salt swap. */
static uint32_t
f(uint32_t r, uint64_t k, uint32_t salt)
{
	uint64_t x = permute(r, 32, E, 48);
	uint32_t hi = (uint32_t)(x >> 24), lo = (uint32_t)(x & 0xffffff), d,
		 out = 0;
	int i, b;

	d = (hi ^ lo) & salt;
	x = (uint64_t)(hi ^ d) << 24 | (lo ^ d);
	x ^= k;
	for (i = 0; i < 8; i++) {
		b = (int)(x >> (42 - 6 * i)) & 0x3f;
		out = out << 4 | S[i][(b >> 4 & 2) | (b & 1)][b >> 1 & 0xf];
	}
	return (uint32_t)permute(out, 32, P, 32);
}

/*
 * Encrypt (or with decrypt set, decrypt) one block.  salt is the mask
 * of E-output bits to swap, bit 23 for salt bit 0 (the first E bit).
 */
uint64_t
__des_crypt(const struct des_key *k, uint64_t in, uint32_t salt, int decrypt)
{
	uint64_t b;
	uint32_t l, r, t;
	int i;

	if (!ready) /* encrypt(3) before any setkey(3) */
		make_tables();
	b = permute(in, 64, IP, 64);
	l = (uint32_t)(b >> 32);
	r = (uint32_t)b;
	for (i = 0; i < 16; i++) {
		t = r;
		r = l ^ f(r, k->sub[decrypt ? 15 - i : i], salt);
		l = t;
	}
	return permute((uint64_t)r << 32 | l, 64, FP, 64);
}
