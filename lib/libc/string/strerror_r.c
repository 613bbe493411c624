/*
 * strerror_r: copy the message for errnum into buf.  Returns 0, EINVAL
 * for an unknown number (buf then holds "Unknown error: N"), or ERANGE
 * when buf is too small (buf holds as much as fits, NUL-terminated).
 */
#include <errno.h>
#include <string.h>

#include "string_impl.h"

int
strerror_r(int errnum, char *buf, size_t buflen)
{
	const char *msg = NULL;
	size_t len;

	if (errnum >= 0 && errnum < sys_nerr)
		msg = sys_errlist[errnum];
	if (buflen == 0)
		return msg == NULL ? EINVAL : ERANGE;
	if (msg == NULL) {
		len = __fmt_unknown(buf, buflen, "Unknown error: ", errnum);
		return len < buflen ? EINVAL : ERANGE;
	}
	return strlcpy(buf, msg, buflen) < buflen ? 0 : ERANGE;
}
