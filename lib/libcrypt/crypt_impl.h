/*
 * crypt_impl.h: private interface of libcrypt: the hash and cipher
 * cores, the crypt(3) methods and the "./0-9A-Za-z" encoding they share.
 */
#ifndef _CRYPT_IMPL_H_
#define _CRYPT_IMPL_H_

#include <stddef.h>
#include <stdint.h>

/* Longest crypt(3) result of any method, with its NUL. */
#define CRYPT_OUTLEN 128

/*
 * The 64 characters of crypt's encoding, and their values (-1: none):
 * libc's, shared with a64l/l64a (lib/libc/stdlib/radix64.c).
 */
extern const char __radix64_digits[65];
int __radix64_value(int);
/* Append n characters for the low 6n bits of v, low bits first. */
char *__crypt_a64_put(char *, uint32_t, int);

/*
 * The block structure shared by MD5, SHA-256 and SHA-512 (md_buffer.c):
 * __md_update feeds n bytes through buf (k->size bytes) and len (bytes
 * so far) to k->compress(ctx, block); __md_pad appends the padding and
 * the length, after which the state holds the digest.
 */
#define MD_BLOCK_MAX 128
struct md_kind {
	size_t size;	 /* block bytes: 64 or 128 */
	size_t lenbytes; /* bytes of the length field: 8 or 16 */
	int big_endian;	 /* byte order of the length field */
	void (*compress)(void *, const unsigned char *);
};
void __md_update(const struct md_kind *, void *, unsigned char *, uint64_t *,
    const void *, size_t);
void __md_pad(const struct md_kind *, void *, unsigned char *, uint64_t *);

/* MD5 (RFC 1321). */
struct md5 {
	uint32_t h[4];
	uint64_t len;
	unsigned char buf[64];
};
void __md5_init(struct md5 *);
void __md5_update(struct md5 *, const void *, size_t);
void __md5_final(struct md5 *, unsigned char[16]);

/* SHA-256 and SHA-512 (FIPS 180-4). */
struct sha256 {
	uint32_t h[8];
	uint64_t len;
	unsigned char buf[64];
};
void __sha256_init(struct sha256 *);
void __sha256_update(struct sha256 *, const void *, size_t);
void __sha256_final(struct sha256 *, unsigned char[32]);

struct sha512 {
	uint64_t h[8];
	uint64_t len; /* bytes; messages stay below 2^64 bytes */
	unsigned char buf[128];
};
void __sha512_init(struct sha512 *);
void __sha512_update(struct sha512 *, const void *, size_t);
void __sha512_final(struct sha512 *, unsigned char[64]);

/*
 * The SHA-2 constants, derived at first use: k[i] the first 64 bits of
 * the fractional part of the cube root of the i-th prime (80 of them),
 * h[i] those of the square root of the first 8 primes.  SHA-256 uses
 * the top 32 bits of the first 64 and 8.
 */
const uint64_t *__sha2_k(void);
const uint64_t *__sha2_h(void);

/* DES (FIPS 46-3) with crypt's salt: E-box bits k and k+24 swapped
 * for each salt bit k. */
struct des_key {
	uint64_t sub[16]; /* 48-bit round keys */
};
void __des_key(struct des_key *, uint64_t);
uint64_t __des_crypt(const struct des_key *, uint64_t, uint32_t, int);

/* Blowfish with the bcrypt key setup. */
struct blowfish {
	uint32_t p[18];
	uint32_t s[4][256];
};
/* The first n 32-bit words of the hexadecimal digits of pi's fraction. */
const uint32_t *__pi_words(size_t);
void __blowfish_init(struct blowfish *);
void __blowfish_encrypt(const struct blowfish *, uint32_t *, uint32_t *);
void __blowfish_expand(
    struct blowfish *, const unsigned char *, size_t, const unsigned char *);

/*
 * The methods: each writes the result for key and setting into out
 * (CRYPT_OUTLEN bytes) and returns 0, or -1 for a setting it rejects.
 */
int __crypt_des(const char *, const char *, char *);
int __crypt_bsdi(const char *, const char *, char *);
int __crypt_md5(const char *, const char *, char *);
int __crypt_sha256(const char *, const char *, char *);
int __crypt_sha512(const char *, const char *, char *);
int __crypt_bcrypt(const char *, const char *, char *);

#endif /* !_CRYPT_IMPL_H_ */
