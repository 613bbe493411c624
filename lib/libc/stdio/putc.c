/*
 * putc: write one byte; returns it, or EOF on error.
 */
#include "stdio_impl.h"

int
putc(int c, FILE *f)
{
	return __sputc(c, f);
}
