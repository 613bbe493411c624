/*
 * md_buffer.c: what MD5, SHA-256 and SHA-512 share as Merkle-Damgard
 * hashes: input is gathered into blocks for the hash's compression
 * function, and the message ends with a 0x80 byte, zeros up to the
 * length field at the end of a block, and the length in bits there.
 */

#include <string.h>

#include "crypt_impl.h"

void
__md_update(const struct md_kind *k, void *ctx, unsigned char *buf,
    uint64_t *len, const void *data, size_t n)
{
	const unsigned char *p = data;
	size_t used = *len % k->size, take;

	*len += n;
	while (n > 0) {
		take = k->size - used < n ? k->size - used : n;
		memcpy(buf + used, p, take);
		used += take;
		p += take;
		n -= take;
		if (used == k->size) {
			k->compress(ctx, buf);
			used = 0;
		}
	}
}

void
__md_pad(const struct md_kind *k, void *ctx, unsigned char *buf, uint64_t *len)
{
	unsigned char pad[2 * MD_BLOCK_MAX] = { 0x80 };
	uint64_t bits = *len * 8;
	size_t n = k->size - *len % k->size;
	int i;

	if (n < k->lenbytes + 1)
		n += k->size; /* no room for the length: one more block */
	/* Lengths stay below 2^64 bits: a longer field's high bytes are 0. */
	for (i = 0; i < 8; i++)
		if (k->big_endian)
			pad[n - 1 - i] = (unsigned char)(bits >> (8 * i));
		else
			pad[n - k->lenbytes + i] =
			    (unsigned char)(bits >> (8 * i));
	__md_update(k, ctx, buf, len, pad, n);
}
