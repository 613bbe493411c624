/*
 * hdestroy.c: hdestroy(): free the hcreate() table (not keys or data).
 */
#include <stddef.h>

#include "search_impl.h"

void
hdestroy(void)
{
	hdestroy1_r(&__hsearch_global, NULL, NULL);
}
