/*
 * atol: convert a decimal string to long (no error reporting).
 */
#include <stdlib.h>

long
atol(const char *nptr)
{
	return (long)strtol(nptr, NULL, 10);
}
