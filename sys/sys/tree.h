/*
 * <sys/tree.h>: intrusive binary search trees as macros (the BSD
 * interface): RB_* red-black trees and SPLAY_* splay trees.
 *
 * Declare a head with RB_HEAD(name, type) and an entry field with
 * RB_ENTRY(type), then RB_GENERATE(name, type, field, cmp) once (or
 * RB_GENERATE_STATIC) to emit the functions, with RB_PROTOTYPE in
 * headers.  cmp(a, b) returns <0, 0 or >0.  RB_INSERT returns NULL, or
 * the element already in the tree that compares equal.
 */

#ifndef _SYS_TREE_H_
#define _SYS_TREE_H_

#include <sys/null.h>

/* ---- splay trees (top-down splaying) ---- */
#define SPLAY_HEAD(name, type)                                                 \
	struct name {                                                          \
		struct type *sph_root;                                         \
	}
#define SPLAY_INITIALIZER(root)                                                \
	{                                                                      \
		NULL                                                           \
	}
#define SPLAY_INIT(root)                                                       \
	do {                                                                   \
		(root)->sph_root = NULL;                                       \
	} while (/* CONSTCOND */ 0)
#define SPLAY_ENTRY(type)                                                      \
	struct {                                                               \
		struct type *spe_left;                                         \
		struct type *spe_right;                                        \
	}
#define SPLAY_LEFT(elm, field)	(elm)->field.spe_left
#define SPLAY_RIGHT(elm, field) (elm)->field.spe_right
#define SPLAY_ROOT(head)	(head)->sph_root
#define SPLAY_EMPTY(head)	(SPLAY_ROOT(head) == NULL)

#define SPLAY_PROTOTYPE(name, type, field, cmp)                                \
	void name##_SPLAY(struct name *, struct type *);                       \
	void name##_SPLAY_MINMAX(struct name *, int);                          \
	struct type *name##_SPLAY_INSERT(struct name *, struct type *);        \
	struct type *name##_SPLAY_REMOVE(struct name *, struct type *);        \
	struct type *name##_SPLAY_FIND(struct name *, struct type *);          \
	struct type *name##_SPLAY_NEXT(struct name *, struct type *);

/*
 * One step down a top-down splay towards side A (B is the other side):
 * zig-zig rotates first when elm lies beyond the child y too (cmp OP 0),
 * then t is hung on the tree `hook' (r: the larger nodes, when going
 * left; l: the smaller ones) and the walk goes on below it.  A plain
 * brace block so that `break' leaves the caller's loop.
 */
#define _SPLAY_DOWN(field, cmp, elm, t, y, hook, OP, A, B)                     \
	{                                                                      \
		if ((y = A(t, field)) == NULL)                                 \
			break;                                                 \
		if ((cmp)(elm, y)OP 0) {                                       \
			A(t, field) = B(y, field);                             \
			B(y, field) = t;                                       \
			t = y;                                                 \
			if (A(t, field) == NULL)                               \
				break;                                         \
		}                                                              \
		A(hook, field) = t;                                            \
		hook = t;                                                      \
		t = A(t, field);                                               \
	}

/*
 * name_SPLAY(head, elm) brings the node closest to elm to the root by
 * top-down splaying: nodes passed on the way down are hung on a left
 * tree (all smaller) and a right tree (all larger), reassembled at the
 * end.  MINMAX splays the smallest (val < 0) or largest node.
 */
#define SPLAY_GENERATE(name, type, field, cmp)                                 \
	void name##_SPLAY(struct name *head, struct type *elm)                 \
	{                                                                      \
		struct type node, *l, *r, *t, *y;                              \
		int c;                                                         \
		SPLAY_LEFT(&node, field) = SPLAY_RIGHT(&node, field) = NULL;   \
		l = r = &node;                                                 \
		t = SPLAY_ROOT(head);                                          \
		for (;;) {                                                     \
			c = (cmp)(elm, t);                                     \
			if (c < 0)                                             \
				_SPLAY_DOWN(field, cmp, elm, t, y, r, <,       \
				    SPLAY_LEFT, SPLAY_RIGHT)                   \
			else if (c > 0)                                        \
				_SPLAY_DOWN(field, cmp, elm, t, y, l, >,       \
				    SPLAY_RIGHT, SPLAY_LEFT)                   \
			else                                                   \
				break;                                         \
		}                                                              \
		SPLAY_RIGHT(l, field) = SPLAY_LEFT(t, field);                  \
		SPLAY_LEFT(r, field) = SPLAY_RIGHT(t, field);                  \
		SPLAY_LEFT(t, field) = SPLAY_RIGHT(&node, field);              \
		SPLAY_RIGHT(t, field) = SPLAY_LEFT(&node, field);              \
		SPLAY_ROOT(head) = t;                                          \
	}                                                                      \
	void name##_SPLAY_MINMAX(struct name *head, int val)                   \
	{                                                                      \
		struct type *t = SPLAY_ROOT(head), *y;                         \
		if (t == NULL)                                                 \
			return;                                                \
		/* Rotate the extreme node up along its spine. */              \
		while ((y = val < 0 ? SPLAY_LEFT(t, field)                     \
				    : SPLAY_RIGHT(t, field)) != NULL) {        \
			if (val < 0) {                                         \
				SPLAY_LEFT(t, field) = SPLAY_RIGHT(y, field);  \
				SPLAY_RIGHT(y, field) = t;                     \
			} else {                                               \
				SPLAY_RIGHT(t, field) = SPLAY_LEFT(y, field);  \
				SPLAY_LEFT(y, field) = t;                      \
			}                                                      \
			t = y;                                                 \
		}                                                              \
		SPLAY_ROOT(head) = t;                                          \
	}                                                                      \
	struct type *name##_SPLAY_INSERT(struct name *head, struct type *elm)  \
	{                                                                      \
		int c;                                                         \
		if (SPLAY_EMPTY(head)) {                                       \
			SPLAY_LEFT(elm, field) = SPLAY_RIGHT(elm, field) =     \
			    NULL;                                              \
		} else {                                                       \
			name##_SPLAY(head, elm);                               \
			c = (cmp)(elm, SPLAY_ROOT(head));                      \
			if (c == 0)                                            \
				return SPLAY_ROOT(head);                       \
			if (c < 0) {                                           \
				SPLAY_LEFT(elm, field) =                       \
				    SPLAY_LEFT(SPLAY_ROOT(head), field);       \
				SPLAY_RIGHT(elm, field) = SPLAY_ROOT(head);    \
				SPLAY_LEFT(SPLAY_ROOT(head), field) = NULL;    \
			} else {                                               \
				SPLAY_RIGHT(elm, field) =                      \
				    SPLAY_RIGHT(SPLAY_ROOT(head), field);      \
				SPLAY_LEFT(elm, field) = SPLAY_ROOT(head);     \
				SPLAY_RIGHT(SPLAY_ROOT(head), field) = NULL;   \
			}                                                      \
		}                                                              \
		SPLAY_ROOT(head) = elm;                                        \
		return NULL;                                                   \
	}                                                                      \
	struct type *name##_SPLAY_REMOVE(struct name *head, struct type *elm)  \
	{                                                                      \
		struct type *left, *right;                                     \
		if (SPLAY_EMPTY(head))                                         \
			return NULL;                                           \
		name##_SPLAY(head, elm);                                       \
		if ((cmp)(elm, SPLAY_ROOT(head)) != 0)                         \
			return NULL;                                           \
		left = SPLAY_LEFT(SPLAY_ROOT(head), field);                    \
		right = SPLAY_RIGHT(SPLAY_ROOT(head), field);                  \
		if (left == NULL) {                                            \
			SPLAY_ROOT(head) = right;                              \
		} else {                                                       \
			/* The largest of the left part has no right child. */ \
			SPLAY_ROOT(head) = left;                               \
			name##_SPLAY_MINMAX(head, 1);                          \
			SPLAY_RIGHT(SPLAY_ROOT(head), field) = right;          \
		}                                                              \
		return elm;                                                    \
	}                                                                      \
	struct type *name##_SPLAY_FIND(struct name *head, struct type *elm)    \
	{                                                                      \
		if (SPLAY_EMPTY(head))                                         \
			return NULL;                                           \
		name##_SPLAY(head, elm);                                       \
		if ((cmp)(elm, SPLAY_ROOT(head)) == 0)                         \
			return SPLAY_ROOT(head);                               \
		return NULL;                                                   \
	}                                                                      \
	struct type *name##_SPLAY_NEXT(struct name *head, struct type *elm)    \
	{                                                                      \
		name##_SPLAY(head, elm);                                       \
		if (SPLAY_RIGHT(elm, field) != NULL) {                         \
			elm = SPLAY_RIGHT(elm, field);                         \
			while (SPLAY_LEFT(elm, field) != NULL)                 \
				elm = SPLAY_LEFT(elm, field);                  \
		} else                                                         \
			elm = NULL;                                            \
		return elm;                                                    \
	}

#define SPLAY_NEGINF -1
#define SPLAY_INF    1

#define SPLAY_INSERT(name, x, y) name##_SPLAY_INSERT(x, y)
#define SPLAY_REMOVE(name, x, y) name##_SPLAY_REMOVE(x, y)
#define SPLAY_FIND(name, x, y)	 name##_SPLAY_FIND(x, y)
#define SPLAY_NEXT(name, x, y)	 name##_SPLAY_NEXT(x, y)
#define SPLAY_MIN(name, x)                                                     \
	(SPLAY_EMPTY(x)                                                        \
		? NULL                                                         \
		: (name##_SPLAY_MINMAX(x, SPLAY_NEGINF), SPLAY_ROOT(x)))
#define SPLAY_MAX(name, x)                                                     \
	(SPLAY_EMPTY(x) ? NULL                                                 \
			: (name##_SPLAY_MINMAX(x, SPLAY_INF), SPLAY_ROOT(x)))
#define SPLAY_FOREACH(x, name, head)                                           \
	for ((x) = SPLAY_MIN(name, head); (x) != NULL;                         \
	     (x) = SPLAY_NEXT(name, head, x))

/* ---- red-black trees ---- */
#define RB_BLACK 0
#define RB_RED	 1

#define RB_HEAD(name, type)                                                    \
	struct name {                                                          \
		struct type *rbh_root;                                         \
	}
#define RB_INITIALIZER(root)                                                   \
	{                                                                      \
		NULL                                                           \
	}
#define RB_INIT(root)                                                          \
	do {                                                                   \
		(root)->rbh_root = NULL;                                       \
	} while (/* CONSTCOND */ 0)
#define RB_ENTRY(type)                                                         \
	struct {                                                               \
		struct type *rbe_left;                                         \
		struct type *rbe_right;                                        \
		struct type *rbe_parent;                                       \
		int rbe_color;                                                 \
	}

#define RB_LEFT(elm, field)   (elm)->field.rbe_left
#define RB_RIGHT(elm, field)  (elm)->field.rbe_right
#define RB_PARENT(elm, field) (elm)->field.rbe_parent
#define RB_COLOR(elm, field)  (elm)->field.rbe_color
#define RB_ROOT(head)	      (head)->rbh_root
#define RB_EMPTY(head)	      (RB_ROOT(head) == NULL)
#define _RB_ISRED(elm, field) ((elm) != NULL && RB_COLOR(elm, field) == RB_RED)

#define _RB_PROTO(name, type, field, cmp, attr)                                \
	attr void name##_RB_INSERT_COLOR(struct name *, struct type *);        \
	attr void name##_RB_REMOVE_COLOR(                                      \
	    struct name *, struct type *, struct type *);                      \
	attr struct type *name##_RB_REMOVE(struct name *, struct type *);      \
	attr struct type *name##_RB_INSERT(struct name *, struct type *);      \
	attr struct type *name##_RB_FIND(struct name *, struct type *);        \
	attr struct type *name##_RB_NFIND(struct name *, struct type *);       \
	attr struct type *name##_RB_NEXT(struct type *);                       \
	attr struct type *name##_RB_PREV(struct type *);                       \
	attr struct type *name##_RB_MINMAX(struct name *, int);
#define RB_PROTOTYPE(name, type, field, cmp) _RB_PROTO(name, type, field, cmp, )
#define RB_PROTOTYPE_STATIC(name, type, field, cmp)                            \
	_RB_PROTO(name, type, field, cmp, __attribute__((__unused__)) static)

/*
 * The generated functions.  ROTATE(dir) turns the edge between x and
 * its child on the other side; INSERT_COLOR and REMOVE_COLOR restore
 * the red-black invariants (no red node has a red child; every path
 * from a node down to a leaf has the same number of black nodes).
 */
#define _RB_ROTATE(name, type, field, x, a, b)                                 \
	do {                                                                   \
		struct type *_y = b(x, field);                                 \
		if ((b(x, field) = a(_y, field)) != NULL)                      \
			RB_PARENT(a(_y, field), field) = (x);                  \
		RB_PARENT(_y, field) = RB_PARENT(x, field);                    \
		if (RB_PARENT(x, field) == NULL)                               \
			RB_ROOT(head) = _y;                                    \
		else if ((x) == RB_LEFT(RB_PARENT(x, field), field))           \
			RB_LEFT(RB_PARENT(x, field), field) = _y;              \
		else                                                           \
			RB_RIGHT(RB_PARENT(x, field), field) = _y;             \
		a(_y, field) = (x);                                            \
		RB_PARENT(x, field) = _y;                                      \
	} while (/* CONSTCOND */ 0)

/*
 * The two halves of each fix-up are mirror images, written once: A is
 * the side (RB_LEFT or RB_RIGHT) on which the parent hangs from the
 * grandparent (insertion) or the doubly black node from its parent
 * (removal), B the other side.  The blocks are plain braces so that
 * `continue' reaches the caller's loop.
 */
#define _RB_INSERT_SIDE(name, type, field, elm, p, g, A, B)                    \
	{                                                                      \
		struct type *_u = B(g, field), *_t;                            \
		if (_RB_ISRED(_u, field)) {                                    \
			RB_COLOR(_u, field) = RB_BLACK;                        \
			RB_COLOR(p, field) = RB_BLACK;                         \
			RB_COLOR(g, field) = RB_RED;                           \
			elm = g;                                               \
			continue;                                              \
		}                                                              \
		if (elm == B(p, field)) {                                      \
			_RB_ROTATE(name, type, field, p, A, B);                \
			_t = p;                                                \
			p = elm;                                               \
			elm = _t;                                              \
		}                                                              \
		RB_COLOR(p, field) = RB_BLACK;                                 \
		RB_COLOR(g, field) = RB_RED;                                   \
		_RB_ROTATE(name, type, field, g, B, A);                        \
	}
#define _RB_REMOVE_SIDE(name, type, field, elm, parent, A, B)                  \
	{                                                                      \
		struct type *_w = B(parent, field);                            \
		if (_RB_ISRED(_w, field)) {                                    \
			RB_COLOR(_w, field) = RB_BLACK;                        \
			RB_COLOR(parent, field) = RB_RED;                      \
			_RB_ROTATE(name, type, field, parent, A, B);           \
			_w = B(parent, field);                                 \
		}                                                              \
		if (!_RB_ISRED(RB_LEFT(_w, field), field) &&                   \
		    !_RB_ISRED(RB_RIGHT(_w, field), field)) {                  \
			RB_COLOR(_w, field) = RB_RED;                          \
			elm = parent;                                          \
			parent = RB_PARENT(elm, field);                        \
			continue;                                              \
		}                                                              \
		if (!_RB_ISRED(B(_w, field), field)) {                         \
			RB_COLOR(A(_w, field), field) = RB_BLACK;              \
			RB_COLOR(_w, field) = RB_RED;                          \
			_RB_ROTATE(name, type, field, _w, B, A);               \
			_w = B(parent, field);                                 \
		}                                                              \
		RB_COLOR(_w, field) = RB_COLOR(parent, field);                 \
		RB_COLOR(parent, field) = RB_BLACK;                            \
		RB_COLOR(B(_w, field), field) = RB_BLACK;                      \
		_RB_ROTATE(name, type, field, parent, A, B);                   \
	}
/* The in-order neighbour of elm on side B (RB_RIGHT: next), or NULL. */
#define _RB_STEP(elm, field, A, B)                                             \
	{                                                                      \
		if (B(elm, field) != NULL) {                                   \
			elm = B(elm, field);                                   \
			while (A(elm, field) != NULL)                          \
				elm = A(elm, field);                           \
			return elm;                                            \
		}                                                              \
		while (RB_PARENT(elm, field) != NULL &&                        \
		    elm == B(RB_PARENT(elm, field), field))                    \
			elm = RB_PARENT(elm, field);                           \
		return RB_PARENT(elm, field);                                  \
	}

#define _RB_GEN(name, type, field, cmp, attr)                                  \
	attr void name##_RB_INSERT_COLOR(struct name *head, struct type *elm)  \
	{                                                                      \
		struct type *p, *g;                                            \
		while ((p = RB_PARENT(elm, field)) != NULL &&                  \
		    RB_COLOR(p, field) == RB_RED) {                            \
			g = RB_PARENT(p, field);                               \
			if (p == RB_LEFT(g, field))                            \
				_RB_INSERT_SIDE(name, type, field, elm, p, g,  \
				    RB_LEFT, RB_RIGHT)                         \
			else                                                   \
				_RB_INSERT_SIDE(name, type, field, elm, p, g,  \
				    RB_RIGHT, RB_LEFT)                         \
		}                                                              \
		RB_COLOR(RB_ROOT(head), field) = RB_BLACK;                     \
	}                                                                      \
	attr void name##_RB_REMOVE_COLOR(                                      \
	    struct name *head, struct type *parent, struct type *elm)          \
	{                                                                      \
		while (!_RB_ISRED(elm, field) && elm != RB_ROOT(head)) {       \
			if (RB_LEFT(parent, field) == elm)                     \
				_RB_REMOVE_SIDE(name, type, field, elm,        \
				    parent, RB_LEFT, RB_RIGHT)                 \
			else                                                   \
				_RB_REMOVE_SIDE(name, type, field, elm,        \
				    parent, RB_RIGHT, RB_LEFT)                 \
			elm = RB_ROOT(head);                                   \
			break;                                                 \
		}                                                              \
		if (elm != NULL)                                               \
			RB_COLOR(elm, field) = RB_BLACK;                       \
	}                                                                      \
	attr struct type *name##_RB_REMOVE(struct name *head, struct type *z)  \
	{                                                                      \
		struct type *y = z, *x, *xp;                                   \
		int ycolor;                                                    \
		if (RB_LEFT(z, field) != NULL && RB_RIGHT(z, field) != NULL) { \
			y = RB_RIGHT(z, field); /* successor: no left child */ \
			while (RB_LEFT(y, field) != NULL)                      \
				y = RB_LEFT(y, field);                         \
		}                                                              \
		x = RB_LEFT(y, field) != NULL ? RB_LEFT(y, field)              \
					      : RB_RIGHT(y, field);            \
		xp = RB_PARENT(y, field);                                      \
		if (x != NULL)                                                 \
			RB_PARENT(x, field) = xp;                              \
		if (xp == NULL)                                                \
			RB_ROOT(head) = x;                                     \
		else if (y == RB_LEFT(xp, field))                              \
			RB_LEFT(xp, field) = x;                                \
		else                                                           \
			RB_RIGHT(xp, field) = x;                               \
		ycolor = RB_COLOR(y, field);                                   \
		if (y != z) {                                                  \
			/* y takes z's place, links and color. */              \
			if (xp == z)                                           \
				xp = y;                                        \
			(y)->field = (z)->field;                               \
			if (RB_PARENT(z, field) == NULL)                       \
				RB_ROOT(head) = y;                             \
			else if (RB_LEFT(RB_PARENT(z, field), field) == z)     \
				RB_LEFT(RB_PARENT(z, field), field) = y;       \
			else                                                   \
				RB_RIGHT(RB_PARENT(z, field), field) = y;      \
			if (RB_LEFT(y, field) != NULL)                         \
				RB_PARENT(RB_LEFT(y, field), field) = y;       \
			if (RB_RIGHT(y, field) != NULL)                        \
				RB_PARENT(RB_RIGHT(y, field), field) = y;      \
		}                                                              \
		if (ycolor == RB_BLACK)                                        \
			name##_RB_REMOVE_COLOR(head, xp, x);                   \
		return z;                                                      \
	}                                                                      \
	attr struct type *name##_RB_INSERT(                                    \
	    struct name *head, struct type *elm)                               \
	{                                                                      \
		struct type *parent = NULL, *t = RB_ROOT(head);                \
		int c = 0;                                                     \
		while (t != NULL) {                                            \
			parent = t;                                            \
			c = (cmp)(elm, t);                                     \
			if (c < 0)                                             \
				t = RB_LEFT(t, field);                         \
			else if (c > 0)                                        \
				t = RB_RIGHT(t, field);                        \
			else                                                   \
				return t;                                      \
		}                                                              \
		RB_LEFT(elm, field) = RB_RIGHT(elm, field) = NULL;             \
		RB_PARENT(elm, field) = parent;                                \
		RB_COLOR(elm, field) = RB_RED;                                 \
		if (parent == NULL)                                            \
			RB_ROOT(head) = elm;                                   \
		else if (c < 0)                                                \
			RB_LEFT(parent, field) = elm;                          \
		else                                                           \
			RB_RIGHT(parent, field) = elm;                         \
		name##_RB_INSERT_COLOR(head, elm);                             \
		return NULL;                                                   \
	}                                                                      \
	attr struct type *name##_RB_FIND(struct name *head, struct type *elm)  \
	{                                                                      \
		struct type *t = RB_ROOT(head);                                \
		int c;                                                         \
		while (t != NULL) {                                            \
			c = (cmp)(elm, t);                                     \
			if (c < 0)                                             \
				t = RB_LEFT(t, field);                         \
			else if (c > 0)                                        \
				t = RB_RIGHT(t, field);                        \
			else                                                   \
				return t;                                      \
		}                                                              \
		return NULL;                                                   \
	}                                                                      \
	/* The smallest element >= elm. */                                     \
	attr struct type *name##_RB_NFIND(struct name *head, struct type *elm) \
	{                                                                      \
		struct type *t = RB_ROOT(head), *res = NULL;                   \
		int c;                                                         \
		while (t != NULL) {                                            \
			c = (cmp)(elm, t);                                     \
			if (c < 0) {                                           \
				res = t;                                       \
				t = RB_LEFT(t, field);                         \
			} else if (c > 0)                                      \
				t = RB_RIGHT(t, field);                        \
			else                                                   \
				return t;                                      \
		}                                                              \
		return res;                                                    \
	}                                                                      \
	attr struct type *name##_RB_NEXT(struct type *elm){                    \
		_RB_STEP(elm, field, RB_LEFT, RB_RIGHT)                        \
	} attr struct type *name##_RB_PREV(struct type *elm){                  \
		_RB_STEP(elm, field, RB_RIGHT, RB_LEFT)                        \
	} /* val < 0: the smallest element; otherwise the largest. */          \
	attr struct type *name##_RB_MINMAX(struct name *head, int val)         \
	{                                                                      \
		struct type *t = RB_ROOT(head), *res = NULL;                   \
		while (t != NULL) {                                            \
			res = t;                                               \
			t = val < 0 ? RB_LEFT(t, field) : RB_RIGHT(t, field);  \
		}                                                              \
		return res;                                                    \
	}

#define RB_GENERATE(name, type, field, cmp) _RB_GEN(name, type, field, cmp, )
#define RB_GENERATE_STATIC(name, type, field, cmp)                             \
	_RB_GEN(name, type, field, cmp, __attribute__((__unused__)) static)

#define RB_NEGINF -1
#define RB_INF	  1

#define RB_INSERT(name, x, y) name##_RB_INSERT(x, y)
#define RB_REMOVE(name, x, y) name##_RB_REMOVE(x, y)
#define RB_FIND(name, x, y)   name##_RB_FIND(x, y)
#define RB_NFIND(name, x, y)  name##_RB_NFIND(x, y)
#define RB_NEXT(name, x, y)   name##_RB_NEXT(y)
#define RB_PREV(name, x, y)   name##_RB_PREV(y)
#define RB_MIN(name, x)	      name##_RB_MINMAX(x, RB_NEGINF)
#define RB_MAX(name, x)	      name##_RB_MINMAX(x, RB_INF)

#define RB_FOREACH(x, name, head)                                              \
	for ((x) = RB_MIN(name, head); (x) != NULL; (x) = name##_RB_NEXT(x))
#define RB_FOREACH_SAFE(x, name, head, y)                                      \
	for ((x) = RB_MIN(name, head);                                         \
	     ((x) != NULL) && ((y) = name##_RB_NEXT(x), 1); (x) = (y))
#define RB_FOREACH_REVERSE(x, name, head)                                      \
	for ((x) = RB_MAX(name, head); (x) != NULL; (x) = name##_RB_PREV(x))
#define RB_FOREACH_REVERSE_SAFE(x, name, head, y)                              \
	for ((x) = RB_MAX(name, head);                                         \
	     ((x) != NULL) && ((y) = name##_RB_PREV(x), 1); (x) = (y))

#endif /* !_SYS_TREE_H_ */
