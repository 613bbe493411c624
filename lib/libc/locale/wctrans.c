/*
 * wctrans: the handle of a named mapping ("tolower" or "toupper"), or 0
 * with errno EINVAL.
 */
#include <errno.h>
#include <string.h>
#include <wctype.h>

wctrans_t
wctrans(const char *name)
{
	if (strcmp(name, "tolower") == 0)
		return 1;
	if (strcmp(name, "toupper") == 0)
		return 2;
	errno = EINVAL;
	return 0;
}
