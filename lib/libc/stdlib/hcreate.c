/*
 * hcreate.c: hcreate(): make the process's one hsearch() table; 0 with
 * EINVAL if it already exists (hdestroy() it first).
 */
#include <errno.h>

#include "search_impl.h"

struct hsearch_data __hsearch_global;

int
hcreate(size_t nel)
{
	if (__hsearch_global.table != NULL) {
		errno = EINVAL;
		return 0;
	}
	return hcreate_r(nel, &__hsearch_global);
}
