/*
 * mktemp: replace the X's of a template with a name that does not exist
 * yet (racy: prefer mkstemp); returns path or NULL.
 */
#include <stdlib.h>

#include "temp_impl.h"

char *
mktemp(char *path)
{
	if (__gettemp(path, 0, __TEMP_NAME, 0, NULL) < 0)
		return NULL;
	return path;
}
