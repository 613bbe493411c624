/*
 * <sys/endian.h>: byte-order names and conversion functions
 * (htons/ntohl, htobe32/le64toh, be32dec/le16enc ...).
 */

#ifndef _SYS_ENDIAN_H_
#define _SYS_ENDIAN_H_

#include <sys/featuretest.h>
#include <machine/int_types.h>

#define _LITTLE_ENDIAN 1234
#define _BIG_ENDIAN    4321
#define _PDP_ENDIAN    3412

#include <machine/endian_machdep.h>

#if defined(_XOPEN_SOURCE) || defined(_NETBSD_SOURCE)
#define LITTLE_ENDIAN _LITTLE_ENDIAN
#define BIG_ENDIAN    _BIG_ENDIAN
#define PDP_ENDIAN    _PDP_ENDIAN
#define BYTE_ORDER    _BYTE_ORDER
#endif

#include <machine/bswap.h>

#define htonl(x) bswap32((__uint32_t)(x))
#define htons(x) bswap16((__uint16_t)(x))
#define ntohl(x) bswap32((__uint32_t)(x))
#define ntohs(x) bswap16((__uint16_t)(x))

#if defined(_NETBSD_SOURCE)
#define NTOHL(x) (x) = ntohl((__uint32_t)(x))
#define NTOHS(x) (x) = ntohs((__uint16_t)(x))
#define HTONL(x) (x) = htonl((__uint32_t)(x))
#define HTONS(x) (x) = htons((__uint16_t)(x))

#define htobe16(x) bswap16((__uint16_t)(x))
#define htobe32(x) bswap32((__uint32_t)(x))
#define htobe64(x) bswap64((__uint64_t)(x))
#define htole16(x) ((__uint16_t)(x))
#define htole32(x) ((__uint32_t)(x))
#define htole64(x) ((__uint64_t)(x))
#define be16toh(x) htobe16(x)
#define be32toh(x) htobe32(x)
#define be64toh(x) htobe64(x)
#define le16toh(x) htole16(x)
#define le32toh(x) htole32(x)
#define le64toh(x) htole64(x)

/* Unaligned encode/decode of big- and little-endian values. */
static __inline __uint16_t
be16dec(const void *__buf)
{
	const __uint8_t *__p = (const __uint8_t *)__buf;

	return (__uint16_t)((__p[0] << 8) | __p[1]);
}

static __inline __uint32_t
be32dec(const void *__buf)
{
	const __uint8_t *__p = (const __uint8_t *)__buf;

	return ((__uint32_t)be16dec(__p) << 16) | be16dec(__p + 2);
}

static __inline __uint64_t
be64dec(const void *__buf)
{
	const __uint8_t *__p = (const __uint8_t *)__buf;

	return ((__uint64_t)be32dec(__p) << 32) | be32dec(__p + 4);
}

static __inline __uint16_t
le16dec(const void *__buf)
{
	const __uint8_t *__p = (const __uint8_t *)__buf;

	return (__uint16_t)((__p[1] << 8) | __p[0]);
}

static __inline __uint32_t
le32dec(const void *__buf)
{
	const __uint8_t *__p = (const __uint8_t *)__buf;

	return ((__uint32_t)le16dec(__p + 2) << 16) | le16dec(__p);
}

static __inline __uint64_t
le64dec(const void *__buf)
{
	const __uint8_t *__p = (const __uint8_t *)__buf;

	return ((__uint64_t)le32dec(__p + 4) << 32) | le32dec(__p);
}

static __inline void
be16enc(void *__buf, __uint16_t __u)
{
	__uint8_t *__p = (__uint8_t *)__buf;

	__p[0] = (__uint8_t)(__u >> 8);
	__p[1] = (__uint8_t)__u;
}

static __inline void
be32enc(void *__buf, __uint32_t __u)
{
	__uint8_t *__p = (__uint8_t *)__buf;

	be16enc(__p, (__uint16_t)(__u >> 16));
	be16enc(__p + 2, (__uint16_t)__u);
}

static __inline void
be64enc(void *__buf, __uint64_t __u)
{
	__uint8_t *__p = (__uint8_t *)__buf;

	be32enc(__p, (__uint32_t)(__u >> 32));
	be32enc(__p + 4, (__uint32_t)__u);
}

static __inline void
le16enc(void *__buf, __uint16_t __u)
{
	__uint8_t *__p = (__uint8_t *)__buf;

	__p[0] = (__uint8_t)__u;
	__p[1] = (__uint8_t)(__u >> 8);
}

static __inline void
le32enc(void *__buf, __uint32_t __u)
{
	__uint8_t *__p = (__uint8_t *)__buf;

	le16enc(__p, (__uint16_t)__u);
	le16enc(__p + 2, (__uint16_t)(__u >> 16));
}

static __inline void
le64enc(void *__buf, __uint64_t __u)
{
	__uint8_t *__p = (__uint8_t *)__buf;

	le32enc(__p, (__uint32_t)__u);
	le32enc(__p + 4, (__uint32_t)(__u >> 32));
}
#endif /* _NETBSD_SOURCE */

#endif /* !_SYS_ENDIAN_H_ */
