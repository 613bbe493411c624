/*
 * tdelete.c: tdelete(): remove key from the tree at *rootp.  Returns the
 * parent of the removed node (rootp itself, an unspecified non-NULL
 * value, when the root was removed), or NULL if key is not there.  Other
 * nodes keep their addresses: the successor node is relinked into the
 * removed node's place rather than having its key copied.
 */
#include <stdlib.h>

#include "search_impl.h"

/* Remove the smallest node of n; it is returned in *min. */
static tnode_t *
unlinkmin(tnode_t *n, tnode_t **min)
{
	if (n->left == NULL) {
		*min = n;
		return n->right;
	}
	n->left = unlinkmin(n->left, min);
	return __tnode_balance(n);
}

static tnode_t *
del(tnode_t *n, const void *key, int (*compar)(const void *, const void *),
    int *found)
{
	tnode_t *min;
	int c;

	if (n == NULL)
		return NULL;
	c = compar(key, n->key);
	if (c < 0)
		n->left = del(n->left, key, compar, found);
	else if (c > 0)
		n->right = del(n->right, key, compar, found);
	else {
		*found = 1;
		if (n->left == NULL || n->right == NULL) {
			tnode_t *child = n->left != NULL ? n->left : n->right;

			free(n);
			return child;
		}
		n->right = unlinkmin(n->right, &min);
		min->left = n->left;
		min->right = n->right;
		free(n);
		n = min;
	}
	return __tnode_balance(n);
}

void *
tdelete(const void *__restrict key, void **__restrict rootp,
    int (*compar)(const void *, const void *))
{
	tnode_t *n, *parent = NULL;
	int found = 0, c;

	if (rootp == NULL || *rootp == NULL || compar == NULL)
		return NULL;
	for (n = *rootp; n != NULL; n = c < 0 ? n->left : n->right) {
		if ((c = compar(key, n->key)) == 0)
			break;
		parent = n;
	}
	if (n == NULL)
		return NULL;
	*rootp = del(*rootp, key, compar, &found);
	return parent != NULL ? (void *)parent : (void *)rootp;
}
