/*
 * strerror: the message for an errno number.  An unknown number yields
 * "Unknown error: N" in a static buffer and sets errno to EINVAL.
 */
#include <errno.h>
#include <string.h>

#include "string_impl.h"

char *
strerror(int errnum)
{
	static char unknown[32];

	if (errnum >= 0 && errnum < sys_nerr && sys_errlist[errnum] != NULL)
		return __UNCONST(sys_errlist[errnum]);
	__fmt_unknown(unknown, sizeof(unknown), "Unknown error: ", errnum);
	errno = EINVAL;
	return unknown;
}
