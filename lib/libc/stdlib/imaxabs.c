/*
 * imaxabs: absolute value of a intmax_t (undefined for the most negative value,
 * which is returned unchanged).
 */
#include <inttypes.h>

intmax_t
imaxabs(intmax_t j)
{
	return j < 0 ? (intmax_t)(0 - (uintmax_t)j) : j;
}
