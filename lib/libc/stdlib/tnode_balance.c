/*
 * tnode_balance.c: AVL rebalancing for tsearch()/tdelete(): heights are
 * kept in each node and a subtree whose sides differ by two is rotated.
 * Entry points: __tnode_height(), __tnode_balance().
 */
#include <stddef.h>

#include "search_impl.h"

int
__tnode_height(const tnode_t *n)
{
	return n == NULL ? 0 : n->height;
}

static void
fix(tnode_t *n)
{
	int l = __tnode_height(n->left), r = __tnode_height(n->right);

	n->height = (l > r ? l : r) + 1;
}

static tnode_t *
rotate_right(tnode_t *n)
{
	tnode_t *l = n->left;

	n->left = l->right;
	l->right = n;
	fix(n);
	fix(l);
	return l;
}

static tnode_t *
rotate_left(tnode_t *n)
{
	tnode_t *r = n->right;

	n->right = r->left;
	r->left = n;
	fix(n);
	fix(r);
	return r;
}

/* Restore the AVL property at n (its subtrees are balanced). */
tnode_t *
__tnode_balance(tnode_t *n)
{
	int d;

	if (n == NULL)
		return NULL;
	fix(n);
	d = __tnode_height(n->left) - __tnode_height(n->right);
	if (d > 1) {
		if (__tnode_height(n->left->left) <
		    __tnode_height(n->left->right))
			n->left = rotate_left(n->left);
		return rotate_right(n);
	}
	if (d < -1) {
		if (__tnode_height(n->right->right) <
		    __tnode_height(n->right->left))
			n->right = rotate_right(n->right);
		return rotate_left(n);
	}
	return n;
}
