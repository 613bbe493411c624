/*
 * fputs: write a string; EOF on error.
 */
#include <string.h>

#include "stdio_impl.h"

int
fputs(const char *__restrict s, FILE *__restrict f)
{
	size_t n = strlen(s);

	return __sfwrite(f, s, n) == n ? 0 : EOF;
}
