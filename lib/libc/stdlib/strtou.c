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
	int saved = __strtox_begin(nptr, endptr, base, &r), status;
	uintmax_t v = __strtox_unsigned(&r, UINTMAX_MAX);

	status = __strtox_status(nptr, &r, errno == ERANGE || v < lo || v > hi);
	if (v < lo)
		v = lo;
	if (v > hi)
		v = hi;
	__strtox_end(saved, rstatus, status);
	return v;
}
