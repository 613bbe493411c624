/*
 * mkstemp: create and open (O_RDWR, mode 0600) a new file named after a
 * template ending in at least six 'X's; returns the descriptor or -1
 * (EINVAL for a bad template).
 */
#include <stdlib.h>

#include "temp_impl.h"

int
mkstemp(char *path)
{
	int fd = -1;

	if (__gettemp(path, 0, __TEMP_FILE, 0, &fd) < 0)
		return -1;
	return fd;
}
