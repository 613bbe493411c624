/*
 * fgetpos: store the stream position.
 */
#include <errno.h>
#include "stdio_impl.h"

int
fgetpos(FILE *__restrict f, fpos_t *__restrict pos)
{
	off_t off = ftello(f);

	if (f == NULL) {
		errno = EBADF;
		return -1;
	}
	if (off < 0)
		return -1;
	pos->_pos = off;
	pos->_mbstate = 0;
	return 0;
}
