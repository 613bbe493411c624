/*
 * atoll: convert a decimal string to long long (no error reporting).
 */
#include <stdlib.h>

long long
atoll(const char *nptr)
{
	return (long long)strtoll(nptr, NULL, 10);
}
