/*
 * tsearch.c: tsearch(): find key in the tree at *rootp or insert it;
 * returns the node (whose first member is the key pointer), or NULL if
 * rootp is NULL or memory runs out.  The tree is an AVL tree, so every
 * operation is O(log n).
 */
#include <errno.h>
#include <stdlib.h>

#include "search_impl.h"

static tnode_t *
insert(tnode_t *n, const void *key, int (*compar)(const void *, const void *),
    tnode_t **found)
{
	int c;

	if (n == NULL) {
		if ((n = malloc(sizeof(*n))) == NULL)
			return NULL;
		n->key = key;
		n->left = n->right = NULL;
		n->height = 1;
		*found = n;
		return n;
	}
	c = compar(key, n->key);
	if (c == 0) {
		*found = n;
		return n;
	}
	if (c < 0) {
		tnode_t *l = insert(n->left, key, compar, found);

		if (l == NULL)
			return n;
		n->left = l;
	} else {
		tnode_t *r = insert(n->right, key, compar, found);

		if (r == NULL)
			return n;
		n->right = r;
	}
	return __tnode_balance(n);
}

void *
tsearch(
    const void *key, void **rootp, int (*compar)(const void *, const void *))
{
	tnode_t *found = NULL, *root;

	if (rootp == NULL || compar == NULL) {
		errno = EINVAL;
		return NULL;
	}
	root = insert(*rootp, key, compar, &found);
	if (root != NULL)
		*rootp = root;
	return found;
}
