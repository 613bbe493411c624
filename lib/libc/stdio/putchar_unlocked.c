/*
 * putchar_unlocked: write one byte to stdout; returns it, or EOF on error.
 */
#include "stdio_impl.h"

int
putchar_unlocked(int c)
{
	return __sputc(c, stdout);
}
