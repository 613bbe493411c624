/*
 * fgetc: read one byte; EOF at end of file or on error.
 */
#include <errno.h>
#include "stdio_impl.h"

int
fgetc(FILE *f)
{
	if (f == NULL) {
		errno = EBADF;
		return EOF;
	}
	return __sgetc(f);
}
