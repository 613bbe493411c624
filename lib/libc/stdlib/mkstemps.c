/*
 * mkstemps: mkstemp for a template whose X's are followed by a suffix
 * of suffixlen bytes.
 */
#include <stdlib.h>

#include "temp_impl.h"

int
mkstemps(char *path, int suffixlen)
{
	int fd = -1;

	if (__gettemp(path, suffixlen, __TEMP_FILE, 0, &fd) < 0)
		return -1;
	return fd;
}
