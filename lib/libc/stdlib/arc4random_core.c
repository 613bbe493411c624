/*
 * arc4random_core.c: a ChaCha20 keystream generator with fast key
 * erasure (private; see arc4random_impl.h).
 *
 * Output comes from a buffer of keystream blocks; each time the buffer
 * is refilled, its first 40 bytes become the next key and nonce and are
 * wiped, so earlier output cannot be recomputed from a later state.  The
 * key is seeded from /dev/urandom, again after 1.5 MiB of output and in
 * a child after fork (the process id changes).  Without /dev/urandom the
 * seed falls back to the time, the process id and addresses: weak, but
 * never a fixed sequence.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "arc4random_impl.h"

#define KEYLEN	     32
#define NONCELEN     8
#define BLOCKS	     16
#define BUFLEN	     (64 * BLOCKS)
#define RESEED_BYTES (1536 * 1024)

static struct {
	uint32_t key[8];
	uint32_t nonce[2];
	uint8_t buf[BUFLEN];
	size_t avail; /* unused bytes at the end of buf */
	size_t since; /* bytes handed out since the last seed */
	pid_t pid;    /* process that seeded, 0 before the first seed */
} rs;

static uint32_t
rotl(uint32_t v, int n)
{
	return (v << n) | (v >> (32 - n));
}

static void
quarter(uint32_t *x, int a, int b, int c, int d)
{
	x[a] += x[b];
	x[d] = rotl(x[d] ^ x[a], 16);
	x[c] += x[d];
	x[b] = rotl(x[b] ^ x[c], 12);
	x[a] += x[b];
	x[d] = rotl(x[d] ^ x[a], 8);
	x[c] += x[d];
	x[b] = rotl(x[b] ^ x[c], 7);
}

void
__chacha20_block(const uint32_t in[16], uint8_t out[64])
{
	uint32_t x[16];
	int i;

	memcpy(x, in, sizeof(x));
	for (i = 0; i < 10; i++) {
		quarter(x, 0, 4, 8, 12);
		quarter(x, 1, 5, 9, 13);
		quarter(x, 2, 6, 10, 14);
		quarter(x, 3, 7, 11, 15);
		quarter(x, 0, 5, 10, 15);
		quarter(x, 1, 6, 11, 12);
		quarter(x, 2, 7, 8, 13);
		quarter(x, 3, 4, 9, 14);
	}
	for (i = 0; i < 16; i++) {
		x[i] += in[i];
		out[4 * i] = (uint8_t)x[i];
		out[4 * i + 1] = (uint8_t)(x[i] >> 8);
		out[4 * i + 2] = (uint8_t)(x[i] >> 16);
		out[4 * i + 3] = (uint8_t)(x[i] >> 24);
	}
}

/* Generate BUFLEN keystream bytes, then rekey from the first 40. */
static void
refill(void)
{
	uint32_t in[16] = { 0x61707865, 0x3320646e, 0x79622d32, 0x6b206574 };
	int i;

	memcpy(in + 4, rs.key, sizeof(rs.key));
	in[14] = rs.nonce[0];
	in[15] = rs.nonce[1];
	for (i = 0; i < BLOCKS; i++) {
		in[12] = (uint32_t)i;
		in[13] = 0;
		__chacha20_block(in, rs.buf + 64 * i);
	}
	memcpy(rs.key, rs.buf, KEYLEN);
	memcpy(rs.nonce, rs.buf + KEYLEN, NONCELEN);
	memset(rs.buf, 0, KEYLEN + NONCELEN);
	memset(in, 0, sizeof(in));
	rs.avail = BUFLEN - KEYLEN - NONCELEN;
}

void
__arc4random_mix(const void *data, size_t n)
{
	const uint8_t *p = data;
	uint8_t *k = (uint8_t *)rs.key;
	size_t i;

	refill();
	for (i = 0; i < n; i++)
		k[i % (KEYLEN + NONCELEN)] ^= p[i];
	refill();
}

/* Weak fallback entropy when /dev/urandom cannot be read. */
static void
fallback_seed(uint8_t *seed, size_t n)
{
	struct timespec ts;
	uintptr_t addr = (uintptr_t)&ts ^ (uintptr_t)seed;
	size_t i;

	memset(&ts, 0, sizeof(ts));
	(void)clock_gettime(CLOCK_REALTIME, &ts);
	for (i = 0; i < n; i++)
		seed[i] ^= (uint8_t)(ts.tv_nsec >> (i % 4 * 8) ^
		    ts.tv_sec >> (i % 8 * 8) ^ addr >> (i % 8 * 8) ^
		    getpid() >> (i % 4 * 8));
}

void
__arc4random_reseed(void)
{
	uint8_t seed[KEYLEN + NONCELEN];
	ssize_t got = 0, r;
	int fd, saved = errno;

	memset(seed, 0, sizeof(seed));
	fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
	if (fd >= 0) {
		while (got < (ssize_t)sizeof(seed) &&
		    (r = read(fd, seed + got, sizeof(seed) - (size_t)got)) > 0)
			got += r;
		close(fd);
	}
	if (got < (ssize_t)sizeof(seed))
		fallback_seed(seed, sizeof(seed));
	rs.pid = getpid();
	__arc4random_mix(seed, sizeof(seed));
	memset(seed, 0, sizeof(seed));
	rs.since = 0;
	errno = saved;
}

void
__arc4random_fill(void *buf, size_t n)
{
	uint8_t *out = buf;
	size_t take;

	if (rs.pid == 0 || rs.pid != getpid() || rs.since >= RESEED_BYTES)
		__arc4random_reseed();
	rs.since += n;
	while (n > 0) {
		if (rs.avail == 0)
			refill();
		take = n < rs.avail ? n : rs.avail;
		memcpy(out, rs.buf + BUFLEN - rs.avail, take);
		memset(rs.buf + BUFLEN - rs.avail, 0, take);
		rs.avail -= take;
		out += take;
		n -= take;
	}
}
