/*
 * hsearch.c: hsearch(): hsearch_r() on the hcreate() table; the entry,
 * or NULL (errno ESRCH: not found; ENOMEM; EINVAL: no table).
 */
#include "search_impl.h"

ENTRY *
hsearch(ENTRY item, ACTION action)
{
	ENTRY *e;

	if (!hsearch_r(item, action, &e, &__hsearch_global))
		return NULL;
	return e;
}
