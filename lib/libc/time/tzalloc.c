/*
 * tzalloc.c: tzalloc() (NetBSD): a time zone object for name, read the
 * way TZ is (a POSIX rule string or a TZif file); NULL names the default
 * zone, which is UTC here.  NULL with EINVAL if name names nothing usable,
 * ENOMEM if memory runs out.  Free it with tzfree().
 */
#include <errno.h>
#include <stdlib.h>

#include "time_impl.h"

timezone_t
tzalloc(const char *name)
{
	struct __state *z = calloc(1, sizeof(*z));

	if (z == NULL) {
		errno = ENOMEM;
		return NULL;
	}
	if (__tz_load(z, name != NULL ? name : "") != 0 && name != NULL &&
	    *name != '\0') {
		free(z);
		errno = EINVAL;
		return NULL;
	}
	return z;
}
