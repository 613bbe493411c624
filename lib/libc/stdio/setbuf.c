/*
 * setbuf: full buffering in buf (BUFSIZ bytes), or none if buf is NULL.
 */
#include "stdio_impl.h"

void
setbuf(FILE *__restrict f, char *__restrict buf)
{
	(void)setvbuf(f, buf, buf != NULL ? _IOFBF : _IONBF, BUFSIZ);
}
