/*
 * setenv: set name to a copy of value, replacing an existing value only
 * if overwrite is nonzero.  Returns 0, or -1 with errno EINVAL (NULL,
 * empty or '='-containing name, NULL value) or ENOMEM.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "env_impl.h"

int
setenv(const char *name, const char *value, int overwrite)
{
	size_t nlen = __env_namelen(name), vlen;
	char *entry;
	long i;

	if (nlen == 0 || value == NULL) {
		errno = EINVAL;
		return -1;
	}
	i = __env_find(name, nlen);
	if (i >= 0 && !overwrite)
		return 0;
	vlen = strlen(value);
	entry = malloc(nlen + vlen + 2);
	if (entry == NULL)
		return -1;
	memcpy(entry, name, nlen);
	entry[nlen] = '=';
	memcpy(entry + nlen + 1, value, vlen + 1);
	if (__env_store(i, entry) < 0) {
		free(entry);
		errno = ENOMEM;
		return -1;
	}
	return 0;
}
