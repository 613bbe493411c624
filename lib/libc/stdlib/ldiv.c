/*
 * ldiv: quotient (truncated toward zero) and remainder of num / denom.
 */
#include <stdlib.h>

ldiv_t
ldiv(long num, long denom)
{
	ldiv_t r;

	r.quot = num / denom;
	r.rem = num % denom;
	return r;
}
