/*
 * wfmt.c: a wide format string as a malloc'd multibyte one, so the wide
 * printf and scanf functions can use the byte engines (the conversions
 * then mean the same: %s is multibyte, %ls wide).  Entry point
 * (private): __wfmt_to_mb; NULL with errno EILSEQ or ENOMEM.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

char *
__wfmt_to_mb(const wchar_t *wfmt)
{
	const wchar_t *p = wfmt;
	mbstate_t st;
	size_t n;
	char *s;

	if (wfmt == NULL) {
		errno = EFAULT;
		return NULL;
	}
	memset(&st, 0, sizeof(st));
	if ((n = wcsrtombs(NULL, &p, 0, &st)) == (size_t)-1)
		return NULL;
	if ((s = malloc(n + 1)) == NULL)
		return NULL;
	p = wfmt;
	memset(&st, 0, sizeof(st));
	(void)wcsrtombs(s, &p, n + 1, &st);
	return s;
}
