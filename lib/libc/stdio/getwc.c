/*
 * getwc: fgetwc.
 */
#include <wchar.h>

#include <stdio.h>

wint_t
getwc(FILE *f)
{
	return fgetwc(f);
}
