/*
 * qabs: absolute value of a __int64_t (undefined for the most negative value,
 * which is returned unchanged).
 */
#include <stdlib.h>

__int64_t
qabs(__int64_t j)
{
	return j < 0 ? (__int64_t)(0 - (__uint64_t)j) : j;
}
