/*
 * getw: read an int in binary; EOF (check ferror/feof) on failure.
 */
#include "stdio_impl.h"

int
getw(FILE *f)
{
	int w;

	return fread(&w, sizeof(w), 1, f) == 1 ? w : EOF;
}
