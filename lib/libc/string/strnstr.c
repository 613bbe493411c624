/*
 * strnstr: find little in at most len bytes of big (not past its NUL);
 * an empty little matches at big.
 */
#include <string.h>

char *
strnstr(const char *big, const char *little, size_t len)
{
	size_t n = strlen(little), i;

	if (n == 0)
		return __UNCONST(big);
	for (i = 0; i + n <= len && big[i] != '\0'; i++) {
		if (big[i] == little[0] && strncmp(big + i, little, n) == 0)
			return __UNCONST(big + i);
	}
	return NULL;
}
