/*
 * ffs: index (from 1) of the least significant set bit of a int, or
 * 0 if no bit is set.
 */
#include <strings.h>

int
ffs(int value)
{
	unsigned int v = (unsigned int)value;
	int bit;

	if (v == 0)
		return 0;
	for (bit = 1; (v & 1) == 0; bit++)
		v >>= 1;
	return bit;
}
