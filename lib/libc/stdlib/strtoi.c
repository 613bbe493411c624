/*
 * strtoi: NetBSD's checked conversion to intmax_t, clamped to [lo, hi].
 * errno is preserved; *rstatus (if not NULL) receives 0 or, in order of
 * precedence: EINVAL (bad base), ECANCELED (no digits), ERANGE (out of
 * range, the result is clamped), ENOTSUP (characters after the number).
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>

#include "strtox_impl.h"

intmax_t
strtoi(const char *__restrict nptr, char **__restrict endptr, int base,
    intmax_t lo, intmax_t hi, int *rstatus)
{
	struct __strtox r;
	int saved = __strtox_begin(nptr, endptr, base, &r), status;
	intmax_t v = __strtox_signed(&r, INTMAX_MIN, INTMAX_MAX);

	status = __strtox_status(nptr, &r, errno == ERANGE || v < lo || v > hi);
	if (v < lo)
		v = lo;
	if (v > hi)
		v = hi;
	__strtox_end(saved, rstatus, status);
	return v;
}
