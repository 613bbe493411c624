/*
 * islower: nonzero if c is a lower-case letter.  Valid for EOF and 0..255;
 * other values give 0 rather than reading outside the table.
 */
#include <ctype.h>

#include "ctype_impl.h"

int(islower)(int c)
{
	return __ctype_class(c, _CTYPE_L);
}
