/*
 * confstr.c: confstr(3): configuration strings.  Only _CS_PATH (the
 * standard utilities' search path) exists; other names are EINVAL and
 * return 0.  Returns the size needed including the NUL; copies at most
 * len bytes.
 */

#include <errno.h>
#include <paths.h>
#include <string.h>
#include <unistd.h>

size_t
confstr(int name, char *buf, size_t len)
{
	const char *s;
	size_t n;

	switch (name) {
	case _CS_PATH:
		s = _PATH_STDPATH;
		break;
	default:
		errno = EINVAL;
		return 0;
	}
	n = strlen(s) + 1;
	if (buf != NULL && len > 0) {
		if (len > n)
			len = n;
		memcpy(buf, s, len - 1);
		buf[len - 1] = '\0';
	}
	return n;
}
