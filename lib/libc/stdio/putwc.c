/*
 * putwc: fputwc.
 */
#include <wchar.h>

#include <stdio.h>

wint_t
putwc(wchar_t wc, FILE *f)
{
	return fputwc(wc, f);
}
