/*
 * getenv_r: copy an environment variable's value into buf.  Returns 0,
 * or -1 with errno ENOENT (not set), EINVAL (bad name) or ERANGE (buf of
 * len bytes too small for the value and its NUL).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "env_impl.h"

int
getenv_r(const char *name, char *buf, size_t len)
{
	size_t nlen = __env_namelen(name), vlen;
	const char *v;
	long i;

	if (nlen == 0) {
		errno = EINVAL;
		return -1;
	}
	i = __env_find(name, nlen);
	if (i < 0) {
		errno = ENOENT;
		return -1;
	}
	v = environ[i] + nlen + 1;
	vlen = strlen(v);
	if (vlen >= len) {
		errno = ERANGE;
		return -1;
	}
	memcpy(buf, v, vlen + 1);
	return 0;
}
