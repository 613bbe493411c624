/*
 * tdestroy.c: tdestroy(): free every node of a tree, calling freekey (if
 * not NULL) on each key.
 */
#include <stdint.h>
#include <stdlib.h>

#include "search_impl.h"

void
tdestroy(void *root, void (*freekey)(void *))
{
	tnode_t *n = root;

	if (n == NULL)
		return;
	tdestroy(n->left, freekey);
	tdestroy(n->right, freekey);
	if (freekey != NULL)
		freekey((void *)(uintptr_t)n->key);
	free(n);
}
