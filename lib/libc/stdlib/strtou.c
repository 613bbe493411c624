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
	int saved = errno, status;
	uintmax_t v;

	__strtox(nptr, base, &r);
	if (endptr != NULL)
		*endptr = __UNCONST(nptr + r.end);
	errno = 0;
	v = __strtox_unsigned(&r, UINTMAX_MAX);
	status = __strtox_status(nptr, &r,
	    errno == ERANGE || v < lo || v > hi);
	if (v < lo)
		v = lo;
	if (v > hi)
		v = hi;
	errno = saved;
	if (rstatus != NULL)
		*rstatus = status;
	return v;
}
