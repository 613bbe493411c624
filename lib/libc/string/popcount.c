/*
 * popcount: the number of bits set in a value of type unsigned int.
 */
#include <stdint.h>
#include <strings.h>

unsigned int
popcount(unsigned int v)
{
	unsigned int n = 0;

	for (; v != 0; v &= v - 1)
		n++;
	return n;
}
