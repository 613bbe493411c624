/*
 * mbrlen: bytes in the next multibyte character (as mbrtowc without a
 * destination), with its own hidden state when ps is NULL.
 */
#include <wchar.h>

size_t
mbrlen(const char *__restrict s, size_t n, mbstate_t *__restrict ps)
{
	static mbstate_t internal;

	return mbrtowc(NULL, s, n, ps != NULL ? ps : &internal);
}
