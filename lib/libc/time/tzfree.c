/*
 * tzfree.c: tzfree() (NetBSD): release a tzalloc() zone.
 */
#include <stdlib.h>

#include "time_impl.h"

void
tzfree(timezone_t z)
{
	free(z);
}
