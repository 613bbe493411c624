/*
 * lldiv: quotient (truncated toward zero) and remainder of num / denom.
 */
#include <stdlib.h>

lldiv_t
lldiv(long long num, long long denom)
{
	lldiv_t r;

	r.quot = num / denom;
	r.rem = num % denom;
	return r;
}
