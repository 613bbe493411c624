/*
 * env_core.c: the environment array behind getenv, setenv, putenv and
 * unsetenv (private).  The array the program started with is copied to
 * malloc'd memory the first time it must grow; later growth reallocs
 * that copy.  Strings setenv built are never freed, since a caller may
 * still hold a pointer returned by getenv.
 */
#include <stdlib.h>
#include <string.h>

#include "env_impl.h"

static char **owned; /* environ, if we allocated it */

size_t
__env_namelen(const char *name)
{
	if (name == NULL || *name == '\0' || strchr(name, '=') != NULL)
		return 0;
	return strlen(name);
}

long
__env_find(const char *name, size_t len)
{
	long i;

	if (environ == NULL)
		return -1;
	for (i = 0; environ[i] != NULL; i++) {
		if (strncmp(environ[i], name, len) == 0 &&
		    environ[i][len] == '=')
			return i;
	}
	return -1;
}

static size_t
env_count(void)
{
	size_t n = 0;

	while (environ != NULL && environ[n] != NULL)
		n++;
	return n;
}

int
__env_store(long index, char *entry)
{
	size_t n;
	char **a;

	if (index >= 0) {
		environ[index] = entry;
		return 0;
	}
	n = env_count();
	if (environ == owned && owned != NULL) {
		a = realloc(owned, (n + 2) * sizeof(*a));
	} else {
		a = malloc((n + 2) * sizeof(*a));
		if (a != NULL && n > 0)
			memcpy(a, environ, n * sizeof(*a));
	}
	if (a == NULL)
		return -1;
	a[n] = entry;
	a[n + 1] = NULL;
	environ = owned = a;
	return 0;
}

void
__env_remove(long index)
{
	for (; environ[index] != NULL; index++)
		environ[index] = environ[index + 1];
}
