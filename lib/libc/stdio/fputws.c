/*
 * fputws: write a wide string; -1 on error.
 */
#include <wchar.h>

#include <stdio.h>

int
fputws(const wchar_t *__restrict ws, FILE *__restrict f)
{
	for (; *ws != 0; ws++) {
		if (fputwc(*ws, f) == WEOF)
			return -1;
	}
	return 0;
}
