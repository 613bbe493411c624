/*
 * fgetc: read one byte; EOF at end of file or on error.
 */
#include "stdio_impl.h"

int
fgetc(FILE *f)
{
	return __sgetc(f);
}
