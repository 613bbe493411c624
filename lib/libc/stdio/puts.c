/*
 * puts: write a string and a newline to stdout; EOF on error.
 */
#include <string.h>

#include "stdio_impl.h"

int
puts(const char *s)
{
	size_t n = strlen(s);

	if (__sfwrite(stdout, s, n) != n || __sputc('\n', stdout) == EOF)
		return EOF;
	return 0;
}
