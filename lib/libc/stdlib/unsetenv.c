/*
 * unsetenv: remove every definition of name from the environment.
 * Returns 0, or -1 with errno EINVAL for a NULL, empty or
 * '='-containing name.
 */
#include <errno.h>
#include <stdlib.h>

#include "env_impl.h"

int
unsetenv(const char *name)
{
	size_t nlen = __env_namelen(name);
	long i;

	if (nlen == 0) {
		errno = EINVAL;
		return -1;
	}
	while ((i = __env_find(name, nlen)) >= 0)
		__env_remove(i);
	return 0;
}
