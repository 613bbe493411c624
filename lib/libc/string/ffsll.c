/*
 * ffsll: index (from 1) of the least significant set bit of a long long, or
 * 0 if no bit is set.
 */
#include <strings.h>

#include "string_impl.h"

int
ffsll(long long value)
{
	return __ffs_bits((unsigned long long)value);
}
