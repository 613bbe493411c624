/*
 * twalk.c: twalk(): visit every node: leaves once (leaf), inner nodes
 * three times (preorder, postorder = between the subtrees, endorder),
 * with their depth (the root is at 0).
 */
#include <stddef.h>

#include "search_impl.h"

static void
walk(const tnode_t *n, void (*action)(const void *, VISIT, int), int depth)
{
	if (n->left == NULL && n->right == NULL) {
		action(n, leaf, depth);
		return;
	}
	action(n, preorder, depth);
	if (n->left != NULL)
		walk(n->left, action, depth + 1);
	action(n, postorder, depth);
	if (n->right != NULL)
		walk(n->right, action, depth + 1);
	action(n, endorder, depth);
}

void
twalk(const void *root, void (*action)(const void *, VISIT, int))
{
	if (root != NULL && action != NULL)
		walk(root, action, 0);
}
