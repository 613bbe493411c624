/*
 * fgetwc: read one multibyte character as a wide character.  WEOF at
 * end of file, on error, or (errno EILSEQ, error indicator set) for an
 * invalid sequence.
 */
#include <errno.h>
#include <wchar.h>

#include "stdio_impl.h"

wint_t
fgetwc(FILE *f)
{
	wchar_t wc;
	size_t r;
	char ch;
	int c;

	if (f == NULL) {
		errno = EBADF;
		return WEOF;
	}
	if (f->orient == 0)
		f->orient = 1;
	for (;;) {
		if ((c = __sgetc(f)) == EOF)
			return WEOF;
		ch = (char)c;
		r = mbrtowc(&wc, &ch, 1, &f->mbs);
		if (r == (size_t)-1) {
			f->flags |= F_ERR;
			return WEOF;
		}
		if (r != (size_t)-2)
			return (wint_t)wc;
	}
}
