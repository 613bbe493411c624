/*
 * putw: write an int in binary; 0, or EOF on error.
 */
#include "stdio_impl.h"

int
putw(int w, FILE *f)
{
	return fwrite(&w, sizeof(w), 1, f) == 1 ? 0 : EOF;
}
