/*
 * ungetwc: push back a wide character (as its multibyte bytes).
 */
#include <string.h>
#include <wchar.h>

#include "stdio_impl.h"

wint_t
ungetwc(wint_t wc, FILE *f)
{
	char mb[16];
	mbstate_t st;
	size_t n;

	if (wc == WEOF)
		return WEOF;
	memset(&st, 0, sizeof(st));
	if ((n = wcrtomb(mb, (wchar_t)wc, &st)) == (size_t)-1 || n > UNGET)
		return WEOF;
	while (n > 0) {
		if (ungetc((unsigned char)mb[--n], f) == EOF)
			return WEOF;
	}
	return wc;
}
