/*
 * getc_unlocked: read one byte; EOF at end of file or on error.
 */
#include "stdio_impl.h"

int
getc_unlocked(FILE *f)
{
	return __sgetc(f);
}
