/*
 * labs: absolute value of a long (undefined for the most negative value,
 * which is returned unchanged).
 */
#include <stdlib.h>

long
labs(long j)
{
	return j < 0 ? (long)(0 - (unsigned long)j) : j;
}
