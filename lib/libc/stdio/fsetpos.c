/*
 * fsetpos: return to a position stored by fgetpos.
 */
#include "stdio_impl.h"

int
fsetpos(FILE *f, const fpos_t *pos)
{
	return fseeko(f, pos->_pos, SEEK_SET);
}
