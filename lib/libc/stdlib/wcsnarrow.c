/*
 * wcsnarrow.c: parse wide strings with the byte-string floating-point
 * converters (private; see wcsnarrow_impl.h).  Leading white space is
 * skipped with iswspace, the following run of ASCII characters is copied
 * into bytes, and the end pointer maps back one to one.
 */
#include <stdlib.h>
#include <wctype.h>

#include "wcsnarrow_impl.h"

int
__wcsnarrow_init(struct __wcsnarrow *n, const wchar_t *s)
{
	size_t len = 0, i;

	while (iswspace((wint_t)*s))
		s++;
	n->start = s;
	while (s[len] > 0 && s[len] < 0x80)
		len++;
	n->bytes = n->small;
	if (len >= sizeof(n->small)) {
		n->bytes = malloc(len + 1);
		if (n->bytes == NULL)
			return -1;
	}
	for (i = 0; i < len; i++)
		n->bytes[i] = (char)s[i];
	n->bytes[len] = '\0';
	return 0;
}

wchar_t *
__wcsnarrow_end(struct __wcsnarrow *n, const wchar_t *orig, const char *end)
{
	const wchar_t *w;

	w = end == n->bytes ? orig : n->start + (end - n->bytes);
	if (n->bytes != n->small)
		free(n->bytes);
	return __UNCONST(w);
}
