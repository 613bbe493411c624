/*
 * __assert.c: the old assertion-failure entry point, without a function
 * name.
 */

#include <stddef.h>
#include <assert.h>

void
__assert(const char *file, int line, const char *failedexpr)
{
	__assert13(file, line, NULL, failedexpr);
}
