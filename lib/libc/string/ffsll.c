/*
 * ffsll: index (from 1) of the least significant set bit of a long long, or
 * 0 if no bit is set.
 */
#include <strings.h>

int
ffsll(long long value)
{
	unsigned long long v = (unsigned long long)value;
	int bit;

	if (v == 0)
		return 0;
	for (bit = 1; (v & 1) == 0; bit++)
		v >>= 1;
	return bit;
}
