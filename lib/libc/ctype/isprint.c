/*
 * isprint: nonzero if c is printable (space included).  Valid for EOF and
 * 0..255; other values give 0 rather than reading outside the table.
 */
#include <ctype.h>

#include "ctype_impl.h"

int(isprint)(int c)
{
	return __ctype_class(c, _CTYPE_R);
}
