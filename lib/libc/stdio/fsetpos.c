/*
 * fsetpos: return to a position stored by fgetpos.
 */
#include <errno.h>
#include "stdio_impl.h"

int
fsetpos(FILE *f, const fpos_t *pos)
{
	if (f == NULL) {
		errno = EBADF;
		return -1;
	}
	return fseeko(f, pos->_pos, SEEK_SET);
}
