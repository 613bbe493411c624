/*
 * fwrite: write n objects of size bytes.  Returns the number of whole
 * objects written.
 */
#include <errno.h>

#include "stdio_impl.h"

size_t
fwrite(const void *__restrict buf, size_t size, size_t n, FILE *__restrict f)
{
	size_t total;

	if ((total = __sio_bytes(f, size, n)) == 0)
		return 0;
	return __sfwrite(f, buf, total) / size;
}
