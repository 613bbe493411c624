/*
 * putc_unlocked: write one byte; returns it, or EOF on error.
 */
#include "stdio_impl.h"

int
putc_unlocked(int c, FILE *f)
{
	return __sputc(c, f);
}
