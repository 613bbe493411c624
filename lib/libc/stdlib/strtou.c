/*
 * strtou: NetBSD's checked conversion to uintmax_t, clamped to [lo, hi];
 * statuses as for strtoi (EINVAL, ECANCELED, ERANGE, ENOTSUP, else 0),
 * errno preserved.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>

#include "strtox_impl.h"

uintmax_t
strtou(const char *__restrict nptr, char **__restrict endptr, int base,
    uintmax_t lo, uintmax_t hi, int *rstatus)
{
	struct __strtox r;
	int saved = errno, status = 0;
	uintmax_t v;

	__strtox(nptr, base, &r);
	if (endptr != NULL)
		*endptr = __UNCONST(nptr + r.end);
	errno = 0;
	v = __strtox_unsigned(&r, UINTMAX_MAX);
	if (r.badbase)
		status = EINVAL;
	else if (!r.any)
		status = ECANCELED;
	else if (errno == ERANGE || v < lo || v > hi)
		status = ERANGE;
	else if (nptr[r.end] != '\0')
		status = ENOTSUP;
	if (v < lo)
		v = lo;
	if (v > hi)
		v = hi;
	errno = saved;
	if (rstatus != NULL)
		*rstatus = status;
	return v;
}
