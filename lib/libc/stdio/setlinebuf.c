/*
 * setlinebuf: make a stream line buffered.
 */
#include "stdio_impl.h"

int
setlinebuf(FILE *f)
{
	return setvbuf(f, NULL, _IOLBF, 0);
}
