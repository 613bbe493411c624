/*
 * clearerr: clear the end-of-file and error indicators.
 */
#include "stdio_impl.h"

void
clearerr(FILE *f)
{
	f->flags &= ~(F_EOF | F_ERR);
}
