/*
 * putc: write one byte; returns it, or EOF on error.
 */
#include <errno.h>
#include "stdio_impl.h"

int
putc(int c, FILE *f)
{
	if (f == NULL) {
		errno = EBADF;
		return EOF;
	}
	return __sputc(c, f);
}
