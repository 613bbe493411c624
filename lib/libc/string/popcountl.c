/*
 * popcountl: the number of bits set in a value of type unsigned long.
 */
#include <stdint.h>
#include <strings.h>

unsigned int
popcountl(unsigned long v)
{
	unsigned int n = 0;

	for (; v != 0; v &= v - 1)
		n++;
	return n;
}
