/*
 * hdestroy_r.c: hdestroy_r() (NetBSD): free a hash table (not the keys
 * or data).
 */
#include <stddef.h>

#include "search_impl.h"

void
hdestroy_r(struct hsearch_data *head)
{
	hdestroy1_r(head, NULL, NULL);
}
