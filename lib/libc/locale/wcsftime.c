/*
 * wcsftime: strftime for wide strings.  The format is converted to the
 * current multibyte encoding, formatted by strftime, and the result
 * converted back.  Returns the wide characters stored (NUL excluded),
 * or 0 if they and the NUL do not fit in max (or on a conversion error,
 * errno EILSEQ, or ENOMEM).
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

size_t
wcsftime(wchar_t *__restrict s, size_t max, const wchar_t *__restrict fmt,
    const struct tm *__restrict tm)
{
	const wchar_t *f = fmt;
	const char *p;
	char *mfmt = NULL, *out = NULL;
	size_t flen, olen, n = 0;
	mbstate_t st;

	if (max == 0)
		return 0;
	memset(&st, 0, sizeof(st));
	flen = wcsrtombs(NULL, &f, 0, &st);
	if (flen == (size_t)-1)
		return 0;
	olen = max * MB_CUR_MAX + 1;
	mfmt = malloc(flen + 1);
	out = malloc(olen);
	if (mfmt != NULL && out != NULL) {
		f = fmt;
		(void)wcsrtombs(mfmt, &f, flen + 1, &st);
		out[0] = '\0';
		if (strftime(out, olen, mfmt, tm) > 0 || mfmt[0] == '\0') {
			p = out;
			n = mbsrtowcs(s, &p, max, &st);
			if (n == (size_t)-1 || p != NULL)
				n = 0;
		}
	}
	free(mfmt);
	free(out);
	return n;
}
