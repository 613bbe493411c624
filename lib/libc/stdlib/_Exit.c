/*
 * _Exit.c: _Exit(3): end the process at once, like _exit(2).
 */

#include <stdlib.h>
#include <unistd.h>

void
_Exit(int status)
{
	_exit(status);
}
