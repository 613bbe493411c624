/*
 * fputwc: write a wide character as its multibyte sequence; WEOF and
 * errno EILSEQ if it has none in the current locale.
 */
#include <errno.h>
#include <wchar.h>

#include "stdio_impl.h"

wint_t
fputwc(wchar_t wc, FILE *f)
{
	char mb[16];
	size_t n;

	if (f == NULL) {
		errno = EBADF;
		return WEOF;
	}
	if (f->orient == 0)
		f->orient = 1;
	if ((n = wcrtomb(mb, wc, &f->mbs)) == (size_t)-1) {
		f->flags |= F_ERR;
		return WEOF;
	}
	return __sfwrite(f, mb, n) == n ? (wint_t)wc : WEOF;
}
