/*
 * fwide: query or set a stream's orientation (mode > 0 wide, < 0 byte,
 * 0 query).  Once set it does not change.
 */
#include <errno.h>
#include "stdio_impl.h"

int
fwide(FILE *f, int mode)
{
	if (f == NULL) {
		errno = EBADF;
		return 0;
	}
	if (f->orient == 0 && mode != 0)
		f->orient = mode > 0 ? 1 : -1;
	return f->orient;
}
