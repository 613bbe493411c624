/*
 * arc4random_impl.h: the ChaCha20-based generator behind the arc4random
 * family (lib/libc/stdlib/arc4random_core.c).
 */
#ifndef _ARC4RANDOM_IMPL_H_
#define _ARC4RANDOM_IMPL_H_

#include <stddef.h>
#include <stdint.h>

/* One ChaCha20 block (RFC 8439): 20 rounds over in, plus in. */
void __chacha20_block(const uint32_t in[16], uint8_t out[64]);

/* Fill buf with n random bytes, reseeding first when needed. */
void __arc4random_fill(void *buf, size_t n);

/* Reseed from the system's entropy now. */
void __arc4random_reseed(void);

/* Mix extra bytes into the key. */
void __arc4random_mix(const void *buf, size_t n);

#endif /* !_ARC4RANDOM_IMPL_H_ */
