/*
 * isblank: nonzero if c is a blank (space or tab).  Valid for EOF and 0..255;
 * other values give 0 rather than reading outside the table.
 */
#include <ctype.h>

#include "ctype_impl.h"

int(isblank)(int c)
{
	return __ctype_class(c, _CTYPE_BL);
}
