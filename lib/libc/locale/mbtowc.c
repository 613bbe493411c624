/*
 * mbtowc: convert one multibyte character of at most n bytes.  Returns
 * its length, 0 for NUL, or -1 with EILSEQ if the bytes are invalid or
 * incomplete.  s == NULL returns 0: no encoding has shift states.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

int
mbtowc(wchar_t *__restrict pwc, const char *__restrict s, size_t n)
{
	mbstate_t st;
	size_t r;

	if (s == NULL)
		return 0;
	memset(&st, 0, sizeof(st));
	r = mbrtowc(pwc, s, n, &st);
	if (r == (size_t)-2) {
		errno = EILSEQ;
		return -1;
	}
	return (int)r;
}
