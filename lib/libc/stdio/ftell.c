/*
 * ftell: ftello as a long.
 */
#include "stdio_impl.h"

long
ftell(FILE *f)
{
	return (long)ftello(f);
}
