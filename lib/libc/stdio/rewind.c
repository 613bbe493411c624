/*
 * rewind: seek to the start and clear the error indicator.
 */
#include "stdio_impl.h"

void
rewind(FILE *f)
{
	(void)fseeko(f, 0, SEEK_SET);
	f->flags &= ~F_ERR;
}
