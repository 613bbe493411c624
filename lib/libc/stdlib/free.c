/*
 * free: release a block from malloc and friends; NULL is ignored.  A
 * double free or a pointer malloc never returned aborts with a message.
 */
#include <stdlib.h>

#include "malloc_impl.h"

void
free(void *p)
{
	__malloc_free(p);
}
