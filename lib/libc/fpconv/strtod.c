/*
 * strtod: convert a string to a double, correctly rounded to nearest
 * (ties to even); ERANGE on overflow (±HUGE_VAL) and on an inexact result
 * below the normal range.  The work is done by __fpconv_parse.
 */
#include <errno.h>
#include <stdlib.h>

#include "fpconv.h"

double
strtod(const char *__restrict nptr, char **__restrict endptr)
{
	struct __fpval v;
	const char *end;

	end = __fpconv_parse(nptr, __FP_DOUBLE, &v);
	if (endptr != NULL)
		*endptr = (char *)(uintptr_t)end;
	if (v.range)
		errno = ERANGE;
	return __fpconv_pack_d(&v);
}
