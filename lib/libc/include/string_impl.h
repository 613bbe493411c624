/*
 * string_impl.h: private helpers for the string functions of libc.
 *
 * Word-at-a-time scanning: a machine word is tested for a zero byte with
 * the classic (w - 0x01..01) & ~w & 0x80..80 trick, which is exact (no
 * false positives) when used only to decide whether a word holds a zero.
 */
#ifndef _STRING_IMPL_H_
#define _STRING_IMPL_H_

#include <stddef.h>
#include <stdint.h>

typedef unsigned long __attribute__((__may_alias__)) __word_t;

#define __WORD_SIZE  sizeof(__word_t)
#define __WORD_MASK  (__WORD_SIZE - 1)
#define __WORD_ONES  ((__word_t)-1 / 0xff)
#define __WORD_HIGHS (__WORD_ONES * 0x80)

/* Nonzero if the word w contains a zero byte. */
#define __WORD_HASZERO(w) (((w)-__WORD_ONES) & ~(w)&__WORD_HIGHS)

/* True if the pointer p is aligned on a word boundary. */
#define __WORD_ALIGNED(p) (((uintptr_t)(p)&__WORD_MASK) == 0)

/*
 * A 256-bit set of byte values, used by strspn, strcspn, strpbrk and
 * strsep to test membership in constant time.
 */
struct __byteset {
	unsigned long bits[256 / (8 * sizeof(unsigned long))];
};

static __inline void
__byteset_init(struct __byteset *set, const char *chars)
{
	const unsigned char *c = (const unsigned char *)chars;
	size_t i;

	for (i = 0; i < sizeof(set->bits) / sizeof(set->bits[0]); i++)
		set->bits[i] = 0;
	for (; *c != '\0'; c++)
		set->bits[*c / (8 * sizeof(unsigned long))] |= 1UL
		    << (*c % (8 * sizeof(unsigned long)));
}

static __inline int
__byteset_has(const struct __byteset *set, unsigned char c)
{
	return (set->bits[c / (8 * sizeof(unsigned long))] >>
		   (c % (8 * sizeof(unsigned long)))) &
	    1;
}

/* ASCII-only case folding shared by the strcasecmp family. */
static __inline int
__ascii_lower(int c)
{
	return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
}

extern const char *const sys_errlist[];
extern const int sys_nerr;

/*
 * Format "<prefix><num>" into buf (size bytes, size > 0), truncating and
 * NUL-terminating.  Returns the length the full text needs.
 */
static __inline size_t
__fmt_unknown(char *buf, size_t size, const char *prefix, int num)
{
	char digits[16];
	unsigned int u;
	size_t len = 0, nd = 0, i;

	u = num < 0 ? 0U - (unsigned int)num : (unsigned int)num;
	do {
		digits[nd++] = (char)('0' + u % 10);
		u /= 10;
	} while (u != 0);
	if (num < 0)
		digits[nd++] = '-';
	for (; *prefix != '\0'; prefix++, len++) {
		if (len + 1 < size)
			buf[len] = *prefix;
	}
	for (i = nd; i > 0; i--, len++) {
		if (len + 1 < size)
			buf[len] = digits[i - 1];
	}
	buf[len + 1 < size ? len : size - 1] = '\0';
	return len;
}

/*
 * The ffs family: index (from 1) of the least significant set bit of v,
 * or 0 if no bit is set.
 */
static __inline int
__ffs_bits(unsigned long long v)
{
	int bit;

	if (v == 0)
		return 0;
	for (bit = 1; (v & 1) == 0; bit++)
		v >>= 1;
	return bit;
}

/*
 * Copies n bytes upwards (memcpy, and memmove when dst is below src): a
 * word at a time when both share an alignment, the rest bytewise.  The
 * empty asm keeps the compiler from turning the byte loop back into a
 * call to memcpy or memmove.
 */
static __inline void
__copy_forward(unsigned char *d, const unsigned char *s, size_t n)
{
	if ((((uintptr_t)d ^ (uintptr_t)s) & __WORD_MASK) == 0) {
		while (n > 0 && !__WORD_ALIGNED(d)) {
			*d++ = *s++;
			n--;
		}
		while (n >= __WORD_SIZE) {
			*(__word_t *)(void *)d =
			    *(const __word_t *)(const void *)s;
			d += __WORD_SIZE;
			s += __WORD_SIZE;
			n -= __WORD_SIZE;
		}
	}
	while (n > 0) {
		*d++ = *s++;
		n--;
		__asm__ volatile("" ::: "memory");
	}
}

#endif /* !_STRING_IMPL_H_ */
