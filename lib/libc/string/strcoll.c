/*
 * strcoll: compare strings in the collation order of LC_COLLATE.  The C
 * and C.UTF-8 locales both collate by byte value (code point order for
 * UTF-8), so this is strcmp.
 */
#include <string.h>

int
strcoll(const char *a, const char *b)
{
	return strcmp(a, b);
}
