/*
 * fgetws: read a line of at most n - 1 wide characters.
 */
#include <errno.h>
#include <wchar.h>

#include <stdio.h>

wchar_t *
fgetws(wchar_t *__restrict ws, int n, FILE *__restrict f)
{
	wint_t wc = 0;
	int i = 0;

	if (n <= 0) {
		errno = EINVAL;
		return NULL;
	}
	while (i < n - 1 && (wc = fgetwc(f)) != WEOF) {
		ws[i++] = (wchar_t)wc;
		if (wc == L'\n')
			break;
	}
	if (wc == WEOF && (i == 0 || ferror(f)))
		return NULL;
	ws[i] = 0;
	return ws;
}
