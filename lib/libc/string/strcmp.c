/*
 * strcmp: compare two strings as unsigned char sequences.
 */
#include <string.h>

int
strcmp(const char *a, const char *b)
{
	const unsigned char *p = (const unsigned char *)a;
	const unsigned char *q = (const unsigned char *)b;

	while (*p != '\0' && *p == *q) {
		p++;
		q++;
	}
	return (int)*p - (int)*q;
}
