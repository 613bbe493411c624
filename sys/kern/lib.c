/*
 * lib.c: the string and memory routines the freestanding kernel needs.
 * clang may also emit calls to memset/memcpy for struct copies.
 */

#include "kernel.h"

/*
 * memset and memcpy move aligned-or-not quadwords, four per turn, then the
 * odd bytes: under QEMU's TCG every load and store is a software TLB
 * lookup, so a byte loop made copies eight times slower.
 */
typedef uint64_t kword_t __attribute__((may_alias, aligned(1)));

void *
memset(void *d, int c, size_t n)
{
	uint64_t w = 0x0101010101010101ULL * (unsigned char)c;
	kword_t *dw = d;
	unsigned char *db;

	for (; n >= 32; n -= 32, dw += 4) {
		dw[0] = w;
		dw[1] = w;
		dw[2] = w;
		dw[3] = w;
	}
	for (; n >= 8; n -= 8)
		*dw++ = w;
	for (db = (unsigned char *)dw; n > 0; n--)
		*db++ = (unsigned char)c;
	return d;
}

void *
memcpy(void *d, const void *s, size_t n)
{
	kword_t *dw = d;
	const kword_t *sw = s;
	unsigned char *db;
	const unsigned char *sb;
	uint64_t a, b, c, e;

	for (; n >= 32; n -= 32, dw += 4, sw += 4) {
		a = sw[0];
		b = sw[1];
		c = sw[2];
		e = sw[3];
		dw[0] = a;
		dw[1] = b;
		dw[2] = c;
		dw[3] = e;
	}
	for (; n >= 8; n -= 8)
		*dw++ = *sw++;
	db = (unsigned char *)dw;
	sb = (const unsigned char *)sw;
	while (n-- > 0)
		*db++ = *sb++;
	return d;
}

int
memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *pa = a, *pb = b;

	for (; n > 0; n--, pa++, pb++)
		if (*pa != *pb)
			return *pa - *pb;
	return 0;
}

size_t
strlen(const char *s)
{
	size_t n = 0;

	while (s[n] != '\0')
		n++;
	return n;
}

size_t
strlcpy(char *d, const char *s, size_t size)
{
	size_t n = strlen(s);

	if (size > 0) {
		size_t c = n < size - 1 ? n : size - 1;

		memcpy(d, s, c);
		d[c] = '\0';
	}
	return n;
}

int
strcmp(const char *a, const char *b)
{
	while (*a != '\0' && *a == *b) {
		a++;
		b++;
	}
	return (unsigned char)*a - (unsigned char)*b;
}
