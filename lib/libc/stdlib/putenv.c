/*
 * putenv: put the string "name=value" itself (not a copy) into the
 * environment, replacing any current value of name.  Returns 0, or -1
 * with errno EINVAL (no '=' or empty name) or ENOMEM.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "env_impl.h"

int
putenv(char *string)
{
	const char *eq;
	size_t nlen;

	if (string == NULL || (eq = strchr(string, '=')) == NULL ||
	    eq == string) {
		errno = EINVAL;
		return -1;
	}
	nlen = (size_t)(eq - string);
	if (__env_store(__env_find(string, nlen), string) < 0) {
		errno = ENOMEM;
		return -1;
	}
	return 0;
}
