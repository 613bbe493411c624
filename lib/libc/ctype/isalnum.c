/*
 * isalnum: nonzero if c is a letter or digit.  Valid for EOF and 0..255;
 * other values give 0 rather than reading outside the table.
 */
#include <ctype.h>

#include "ctype_impl.h"

int(isalnum)(int c)
{
	return __ctype_class(c, _CTYPE_A | _CTYPE_D);
}
