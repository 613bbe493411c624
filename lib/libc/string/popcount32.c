/*
 * popcount32: the number of bits set in a value of type uint32_t.
 */
#include <stdint.h>
#include <strings.h>

unsigned int
popcount32(uint32_t v)
{
	unsigned int n = 0;

	for (; v != 0; v &= v - 1)
		n++;
	return n;
}
