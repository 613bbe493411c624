/*
 * strtoll: convert a string to a signed value of type
 * long long in base 0 (auto) or 2..36.
 * Out-of-range values saturate with errno ERANGE; a bad base gives 0
 * with EINVAL.  *endptr is set past the last digit, or to nptr when no
 * digits were found.
 */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>

#include "strtox_impl.h"

long long
strtoll(const char *__restrict nptr, char **__restrict endptr, int base)
{
	struct __strtox r;

	__strtox(nptr, base, &r);
	if (endptr != NULL)
		*endptr = __UNCONST(nptr + r.end);
	return (long long)__strtox_signed(&r, LLONG_MIN, LLONG_MAX);
}
