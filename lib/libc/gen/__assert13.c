/*
 * __assert13.c: the failure path of assert(3): write
 *	assertion "expr" failed: file "f", line n, function "fn"
 * to standard error with write(2) (no stdio, so it works anywhere) and
 * abort.
 */

#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void
put(const char *s)
{
	(void)write(STDERR_FILENO, s, strlen(s));
}

static void
putnum(int n)
{
	char buf[12], *p = buf + sizeof(buf);
	unsigned int u = n < 0 ? 0U - (unsigned int)n : (unsigned int)n;

	*--p = '\0';
	do
		*--p = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	if (n < 0)
		*--p = '-';
	put(p);
}

void
__assert13(
    const char *file, int line, const char *function, const char *failedexpr)
{
	put("assertion \"");
	put(failedexpr != NULL ? failedexpr : "");
	put("\" failed: file \"");
	put(file != NULL ? file : "");
	put("\", line ");
	putnum(line);
	if (function != NULL) {
		put(", function \"");
		put(function);
		put("\"");
	}
	put("\n");
	abort();
}
