/*
 * string.c: the memory and string routines test programs use (clang may
 * call memset/memcpy for structure copies even when freestanding).
 */

#include "ktest.h"

void *
memset(void *d, int c, size_t n)
{
	unsigned char *p = d;

	while (n-- > 0)
		*p++ = (unsigned char)c;
	return d;
}

void *
memcpy(void *d, const void *s, size_t n)
{
	unsigned char *dp = d;
	const unsigned char *sp = s;

	while (n-- > 0)
		*dp++ = *sp++;
	return d;
}

size_t
strlen(const char *s)
{
	size_t n = 0;

	while (s[n] != '\0')
		n++;
	return n;
}

int
strncmp(const char *a, const char *b, size_t n)
{
	for (; n > 0; n--, a++, b++) {
		if (*a != *b)
			return (unsigned char)*a - (unsigned char)*b;
		if (*a == '\0')
			return 0;
	}
	return 0;
}

int
strcmp(const char *a, const char *b)
{
	return strncmp(a, b, (size_t)-1);
}
