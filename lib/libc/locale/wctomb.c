/*
 * wctomb: store the multibyte form of wc at s; returns its length or -1
 * (EILSEQ).  s == NULL returns 0: no encoding has shift states.
 */
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

int
wctomb(char *s, wchar_t wc)
{
	mbstate_t st;

	if (s == NULL)
		return 0;
	memset(&st, 0, sizeof(st));
	return (int)wcrtomb(s, wc, &st);
}
