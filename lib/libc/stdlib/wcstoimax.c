/*
 * wcstoimax: convert a string to a signed value of type
 * intmax_t in base 0 (auto) or 2..36.
 * Out-of-range values saturate with errno ERANGE; a bad base gives 0
 * with EINVAL.  *endptr is set past the last digit, or to nptr when no
 * digits were found.
 */
#include <limits.h>
#include <stdint.h>
#include <inttypes.h>

#include "strtox_impl.h"

intmax_t
wcstoimax(const wchar_t *__restrict nptr, wchar_t **__restrict endptr, int base)
{
	struct __strtox r;

	__wcstox(nptr, base, &r);
	if (endptr != NULL)
		*endptr = __UNCONST(nptr + r.end);
	return (intmax_t)__strtox_signed(&r, INTMAX_MIN, INTMAX_MAX);
}
