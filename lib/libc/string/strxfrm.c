/*
 * strxfrm: transform a string so that strcmp of results matches strcoll.
 * With byte-order collation the transform is the identity.  Returns the
 * length of the transformed string; dst holds it only if that is < n.
 */
#include <string.h>

size_t
strxfrm(char *__restrict dst, const char *__restrict src, size_t n)
{
	size_t len = strlen(src);

	if (len < n)
		memcpy(dst, src, len + 1);
	return len;
}
