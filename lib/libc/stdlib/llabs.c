/*
 * llabs: absolute value of a long long (undefined for the most negative value,
 * which is returned unchanged).
 */
#include <stdlib.h>

long long
llabs(long long j)
{
	return j < 0 ? (long long)(0 - (unsigned long long)j) : j;
}
