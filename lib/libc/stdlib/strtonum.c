/*
 * strtonum: OpenBSD's checked decimal conversion to long long within
 * [minval, maxval].  On error it returns 0, sets *errstr to "invalid"
 * (no number, trailing characters, or minval > maxval; errno EINVAL),
 * "too small" or "too large" (errno ERANGE); on success *errstr is NULL.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>

#include "strtox_impl.h"

long long
strtonum(
    const char *nptr, long long minval, long long maxval, const char **errstr)
{
	struct __strtox r;
	const char *err = NULL;
	long long v = 0;
	int saved = errno;

	errno = 0;
	__strtox(nptr, 10, &r);
	if (minval > maxval || !r.any || nptr[r.end] != '\0') {
		err = "invalid";
		errno = EINVAL;
	} else {
		v = (long long)__strtox_signed(&r, LLONG_MIN, LLONG_MAX);
		if (errno == ERANGE)
			err = r.neg ? "too small" : "too large";
		else if (v < minval)
			err = "too small";
		else if (v > maxval)
			err = "too large";
		errno = err != NULL ? ERANGE : saved;
	}
	if (errstr != NULL)
		*errstr = err;
	return err != NULL ? 0 : v;
}
