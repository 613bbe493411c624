/*
 * getenv: the value of an environment variable, or NULL if it is not
 * set (or the name is empty or contains '=').
 */
#include <stdlib.h>

#include "env_impl.h"

char *
getenv(const char *name)
{
	size_t len = __env_namelen(name);
	long i;

	if (len == 0)
		return NULL;
	i = __env_find(name, len);
	return i < 0 ? NULL : environ[i] + len + 1;
}
