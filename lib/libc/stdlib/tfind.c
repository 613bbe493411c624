/*
 * tfind.c: tfind(): find key in the tree at *rootp without inserting;
 * the node, or NULL.
 */
#include <stddef.h>

#include "search_impl.h"

void *
tfind(const void *key, void *const *rootp,
    int (*compar)(const void *, const void *))
{
	tnode_t *n;
	int c;

	if (rootp == NULL || compar == NULL)
		return NULL;
	for (n = *rootp; n != NULL; n = c < 0 ? n->left : n->right)
		if ((c = compar(key, n->key)) == 0)
			return n;
	return NULL;
}
