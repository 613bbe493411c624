/*
 * setprogname.c: setprogname(3): set the program name to the last
 * component of the given path.  The string is not copied.
 */

#include <unistd.h>

#include "libc_private.h"

void
setprogname(const char *name)
{
	const char *p;

	if (name == NULL)
		return;
	__progname = name;
	for (p = name; *p != '\0'; p++)
		if (*p == '/')
			__progname = p + 1;
}
