/*
 * mkdtemp: create a new directory (mode 0700) named after a template
 * ending in at least six 'X's; returns path or NULL (EINVAL for a bad
 * template).
 */
#include <stdlib.h>

#include "temp_impl.h"

char *
mkdtemp(char *path)
{
	if (__gettemp(path, 0, __TEMP_DIR, 0, NULL) < 0)
		return NULL;
	return path;
}
