/*
 * putwchar: fputwc to stdout.
 */
#include <wchar.h>

#include <stdio.h>

wint_t
putwchar(wchar_t wc)
{
	return fputwc(wc, stdout);
}
