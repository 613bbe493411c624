/*
 * getchar: read one byte from stdin; EOF at end of file or on error.
 */
#include "stdio_impl.h"

int
getchar(void)
{
	return __sgetc(stdin);
}
