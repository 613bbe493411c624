/*
 * hdestroy1.c: hdestroy1() (NetBSD): free the hcreate() table, calling
 * freekey and freedata on each entry's key and data.
 */
#include "search_impl.h"

void
hdestroy1(void (*freekey)(void *), void (*freedata)(void *))
{
	hdestroy1_r(&__hsearch_global, freekey, freedata);
}
