/*
 * setbuffer: setbuf with an explicit size.
 */
#include "stdio_impl.h"

void
setbuffer(FILE *f, char *buf, int size)
{
	(void)setvbuf(
	    f, buf, buf != NULL ? _IOFBF : _IONBF, size > 0 ? (size_t)size : 0);
}
