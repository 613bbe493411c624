/*
 * putchar: write one byte to stdout; returns it, or EOF on error.
 */
#include "stdio_impl.h"

int
putchar(int c)
{
	return __sputc(c, stdout);
}
