/*
 * imaxdiv: quotient (truncated toward zero) and remainder of num / denom.
 */
#include <inttypes.h>

imaxdiv_t
imaxdiv(intmax_t num, intmax_t denom)
{
	imaxdiv_t r;

	r.quot = num / denom;
	r.rem = num % denom;
	return r;
}
