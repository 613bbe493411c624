/*
 * getchar_unlocked: read one byte from stdin; EOF at end of file or on error.
 */
#include "stdio_impl.h"

int
getchar_unlocked(void)
{
	return __sgetc(stdin);
}
