/*
 * getprogname.c: getprogname(3): the program's name, as set at startup
 * from argv[0] or by setprogname(3).
 */

#include <unistd.h>

#include "libc_private.h"

const char *
getprogname(void)
{
	return __progname;
}
