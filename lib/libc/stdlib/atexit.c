/*
 * atexit.c: atexit(3): register a function for exit(3) to call.
 * Returns 0, or -1 with errno ENOMEM (or EINVAL for NULL).
 */

#include <stdlib.h>

int __cxa_atexit(void (*)(void *), void *, void *);

static void
call(void *fn)
{
	((void (*)(void))fn)();
}

int
atexit(void (*fn)(void))
{
	return __cxa_atexit(call, (void *)fn, NULL);
}
