/*
 * strtoumax: convert a string to an unsigned value of type
 * uintmax_t in base 0 (auto) or 2..36.
 * Out-of-range values saturate with errno ERANGE; a bad base gives 0
 * with EINVAL.  *endptr is set past the last digit, or to nptr when no
 * digits were found.
 */
#include <limits.h>
#include <stdint.h>
#include <inttypes.h>

#include "strtox_impl.h"

uintmax_t
strtoumax(const char *__restrict nptr, char **__restrict endptr, int base)
{
	struct __strtox r;

	__strtox(nptr, base, &r);
	if (endptr != NULL)
		*endptr = __UNCONST(nptr + r.end);
	return (uintmax_t)__strtox_unsigned(&r, UINTMAX_MAX);
}
