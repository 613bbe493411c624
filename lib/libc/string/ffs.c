/*
 * ffs: index (from 1) of the least significant set bit of a int, or
 * 0 if no bit is set.
 */
#include <strings.h>

#include "string_impl.h"

int
ffs(int value)
{
	return __ffs_bits((unsigned int)value);
}
