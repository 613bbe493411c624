/*
 * strlen: length of a NUL-terminated string.
 *
 * Scans bytewise up to a word boundary, then a word at a time; an aligned
 * word never crosses a page boundary, so the over-read is harmless.
 */
#include <string.h>

#include "string_impl.h"

size_t
strlen(const char *s)
{
	const char *p = s;
	const __word_t *w;

	for (; !__WORD_ALIGNED(p); p++) {
		if (*p == '\0')
			return (size_t)(p - s);
	}
	w = (const __word_t *)(const void *)p;
	while (!__WORD_HASZERO(*w))
		w++;
	p = (const char *)w;
	while (*p != '\0')
		p++;
	return (size_t)(p - s);
}
