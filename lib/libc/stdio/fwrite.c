/*
 * fwrite: write n objects of size bytes.  Returns the number of whole
 * objects written.
 */
#include <errno.h>

#include "stdio_impl.h"

size_t
fwrite(const void *__restrict buf, size_t size, size_t n, FILE *__restrict f)
{
	if (f == NULL) {
		errno = EBADF;
		return 0;
	}
	if (size == 0 || n == 0)
		return 0;
	if (n > (size_t)-1 / size) {
		f->flags |= F_ERR;
		errno = EOVERFLOW;
		return 0;
	}
	return __sfwrite(f, buf, size * n) / size;
}
