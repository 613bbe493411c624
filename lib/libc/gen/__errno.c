/*
 * __errno.c: errno's storage.  <errno.h> defines errno as (*__errno()),
 * so a threads library can later return a per-thread location.
 */

#include <errno.h>

static int errno_storage;

int *
__errno(void)
{
	return &errno_storage;
}
