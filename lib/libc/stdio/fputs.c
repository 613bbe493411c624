/*
 * fputs: write a string; EOF on error (EBADF for a NULL stream, EINVAL
 * for a NULL string).
 */
#include <errno.h>
#include <string.h>

#include "stdio_impl.h"

int
fputs(const char *__restrict s, FILE *__restrict f)
{
	size_t n;

	if (f == NULL || s == NULL) {
		errno = f == NULL ? EBADF : EINVAL;
		return EOF;
	}
	n = strlen(s);
	return __sfwrite(f, s, n) == n ? 0 : EOF;
}
