/*
 * wcstof: convert a wide string to float as strtof does (decimal and
 * hexadecimal forms, INF, NAN; ERANGE on overflow and underflow).
 * *endptr is set past the number, or to nptr if there is none.
 */
#include <errno.h>
#include <stdlib.h>
#include <wchar.h>

#include "wcsnarrow_impl.h"

float
wcstof(const wchar_t *__restrict nptr, wchar_t **__restrict endptr)
{
	struct __wcsnarrow n;
	float v;
	char *end;

	if (__wcsnarrow_init(&n, nptr) < 0) {
		errno = ENOMEM;
		if (endptr != NULL)
			*endptr = __UNCONST(nptr);
		return 0;
	}
	v = strtof(n.bytes, &end);
	if (endptr != NULL)
		*endptr = __wcsnarrow_end(&n, nptr, end);
	else
		(void)__wcsnarrow_end(&n, nptr, end);
	return v;
}
