/*
 * exit.c: exit(3): run the atexit handlers newest first, then the stdio
 * cleanup hook if stdio installed one, then end the process.
 */

#include <stdlib.h>
#include <unistd.h>

#include "libc_private.h"

void (*__cleanup)(void);

void
exit(int status)
{
	__libc_atexit_run();
	if (__cleanup != NULL)
		(*__cleanup)();
	_exit(status);
}
