/*
 * atof: strtod without an end pointer.
 */
#include <stdlib.h>

double
atof(const char *nptr)
{
	return strtod(nptr, NULL);
}
