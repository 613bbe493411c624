/*
 * popcountll: the number of bits set in a value of type unsigned long long.
 */
#include <stdint.h>
#include <strings.h>

unsigned int
popcountll(unsigned long long v)
{
	unsigned int n = 0;

	for (; v != 0; v &= v - 1)
		n++;
	return n;
}
