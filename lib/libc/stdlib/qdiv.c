/*
 * qdiv: quotient (truncated toward zero) and remainder of num / denom.
 */
#include <stdlib.h>

qdiv_t
qdiv(__int64_t num, __int64_t denom)
{
	qdiv_t r;

	r.quot = num / denom;
	r.rem = num % denom;
	return r;
}
