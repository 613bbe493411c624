/*
 * fputc: write one byte; returns it, or EOF on error.
 */
#include "stdio_impl.h"

int
fputc(int c, FILE *f)
{
	return __sputc(c, f);
}
