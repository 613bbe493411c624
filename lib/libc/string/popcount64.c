/*
 * popcount64: the number of bits set in a value of type uint64_t.
 */
#include <stdint.h>
#include <strings.h>

unsigned int
popcount64(uint64_t v)
{
	unsigned int n = 0;

	for (; v != 0; v &= v - 1)
		n++;
	return n;
}
