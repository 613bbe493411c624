/*
 * getc: read one byte; EOF at end of file or on error.
 */
#include "stdio_impl.h"

int
getc(FILE *f)
{
	return __sgetc(f);
}
