/*
 * crypt_sha2.c: the $5$ (SHA-256) and $6$ (SHA-512) methods of Ulrich
 * Drepper's "Unix crypt using SHA-256 and SHA-512" specification:
 * "$5$" or "$6$", an optional "rounds=N$" (N clamped to 1000 ..
 * 999999999, default 5000, then shown in the result), up to 16 salt
 * characters ending at '$', "$" and the encoded digest.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crypt_impl.h"

#define ROUNDS_DEFAULT 5000
#define ROUNDS_MIN     1000
#define ROUNDS_MAX     999999999
#define SALT_MAX       16

/* One hash function, seen through a uniform interface. */
struct hash {
	size_t len; /* digest bytes: 32 or 64 */
	union {
		struct sha256 s256;
		struct sha512 s512;
	} c;
};

static void
h_init(struct hash *h)
{
	if (h->len == 32)
		__sha256_init(&h->c.s256);
	else
		__sha512_init(&h->c.s512);
}

static void
h_update(struct hash *h, const void *p, size_t n)
{
	if (h->len == 32)
		__sha256_update(&h->c.s256, p, n);
	else
		__sha512_update(&h->c.s512, p, n);
}

static void
h_final(struct hash *h, unsigned char *out)
{
	if (h->len == 32)
		__sha256_final(&h->c.s256, out);
	else
		__sha512_final(&h->c.s512, out);
}

/* Feed n bytes made of `src' (len bytes) repeated, as P and S are. */
static void
repeat_into(unsigned char *dst, const unsigned char *src, size_t len, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		dst[i] = src[i % len];
}

/* Steps 1-12 of the specification: digest A. */
static void
digest_a(struct hash *h, const char *pw, size_t pl, const char *salt, size_t sl,
    unsigned char *a)
{
	unsigned char b[64];
	size_t n;

	h_init(h);
	h_update(h, pw, pl);
	h_update(h, salt, sl);
	h_update(h, pw, pl);
	h_final(h, b);
	h_init(h);
	h_update(h, pw, pl);
	h_update(h, salt, sl);
	for (n = pl; n > h->len; n -= h->len)
		h_update(h, b, h->len);
	h_update(h, b, n);
	for (n = pl; n > 0; n >>= 1)
		if (n & 1)
			h_update(h, b, h->len);
		else
			h_update(h, pw, pl);
	h_final(h, a);
}

/* The byte sequences P (from the password) and S (from the salt). */
static void
sequences(struct hash *h, const char *pw, size_t pl, const char *salt,
    size_t sl, const unsigned char *a, unsigned char *p, unsigned char *s)
{
	unsigned char dp[64], ds[64];
	size_t i;

	h_init(h);
	for (i = 0; i < pl; i++)
		h_update(h, pw, pl);
	h_final(h, dp);
	repeat_into(p, dp, h->len, pl);
	h_init(h);
	for (i = 0; i < 16u + a[0]; i++)
		h_update(h, salt, sl);
	h_final(h, ds);
	repeat_into(s, ds, h->len, sl);
}

static void
rounds_loop(struct hash *h, unsigned long rounds, unsigned char *a,
    const unsigned char *p, size_t pl, const unsigned char *s, size_t sl)
{
	unsigned long i;

	for (i = 0; i < rounds; i++) {
		h_init(h);
		if (i & 1)
			h_update(h, p, pl);
		else
			h_update(h, a, h->len);
		if (i % 3)
			h_update(h, s, sl);
		if (i % 7)
			h_update(h, p, pl);
		if (i & 1)
			h_update(h, a, h->len);
		else
			h_update(h, p, pl);
		h_final(h, a);
	}
}

/* The encoded digest: byte triples in the specification's order. */
static char *
encode(char *o, const unsigned char *a, size_t len)
{
	size_t n = len == 32 ? 10 : 21, i, x, y, z;

	for (i = 0; i < n; i++) {
		x = i;
		y = i + n;
		z = i + 2 * n;
		if (len == 32 && i % 3 == 1)
			o = __crypt_a64_put(
			    o, (uint32_t)a[z] << 16 | a[x] << 8 | a[y], 4);
		else if (len == 32 && i % 3 == 2)
			o = __crypt_a64_put(
			    o, (uint32_t)a[y] << 16 | a[z] << 8 | a[x], 4);
		else if (len == 64 && i % 3 == 1)
			o = __crypt_a64_put(
			    o, (uint32_t)a[y] << 16 | a[z] << 8 | a[x], 4);
		else if (len == 64 && i % 3 == 2)
			o = __crypt_a64_put(
			    o, (uint32_t)a[z] << 16 | a[x] << 8 | a[y], 4);
		else
			o = __crypt_a64_put(
			    o, (uint32_t)a[x] << 16 | a[y] << 8 | a[z], 4);
	}
	if (len == 32)
		return __crypt_a64_put(o, (uint32_t)a[31] << 8 | a[30], 3);
	return __crypt_a64_put(o, a[63], 2);
}

/* "rounds=N$" at *sp: the clamped N and *sp moved past it. */
static int
parse_rounds(const char **sp, unsigned long *rounds)
{
	char *end;
	unsigned long n;

	if (strncmp(*sp, "rounds=", 7) != 0)
		return 0;
	if ((*sp)[7] < '0' || (*sp)[7] > '9')
		return -1;
	n = strtoul(*sp + 7, &end, 10);
	if (*end != '$')
		return -1;
	*rounds = n < ROUNDS_MIN ? ROUNDS_MIN : n > ROUNDS_MAX ? ROUNDS_MAX : n;
	*sp = end + 1;
	return 1;
}

static int
sha_crypt(const char *pw, const char *setting, char *out, size_t len)
{
	unsigned long rounds = ROUNDS_DEFAULT;
	const char *salt = setting + 3;
	unsigned char a[64], *p, s[SALT_MAX];
	size_t pl = strlen(pw), sl;
	struct hash h;
	char *o;
	int custom;

	h.len = len;
	if ((custom = parse_rounds(&salt, &rounds)) < 0)
		return -1;
	sl = strcspn(salt, "$");
	if (sl > SALT_MAX)
		sl = SALT_MAX;
	if ((p = malloc(pl + 1)) == NULL)
		return -1;
	digest_a(&h, pw, pl, salt, sl, a);
	sequences(&h, pw, pl, salt, sl, a, p, s);
	rounds_loop(&h, rounds, a, p, pl, s, sl);
	free(p);
	o = out + snprintf(out, CRYPT_OUTLEN, "%.3s", setting);
	if (custom)
		o += snprintf(o, 32, "rounds=%lu$", rounds);
	memcpy(o, salt, sl);
	o += sl;
	*o++ = '$';
	*encode(o, a, len) = '\0';
	return 0;
}

int
__crypt_sha256(const char *pw, const char *setting, char *out)
{
	return sha_crypt(pw, setting, out, 32);
}

int
__crypt_sha512(const char *pw, const char *setting, char *out)
{
	return sha_crypt(pw, setting, out, 64);
}
