/*
 * re_dissect_br.c: POSIX submatches for expressions with back-references.
 * The choices are those of re_dissect.c (each subpattern, left to right,
 * takes the longest extent that can still lead to the known end), but the
 * sets of re_ends.c only bound what a back-reference can match (they let
 * it match anything), so a choice can turn out wrong once the referenced
 * text is known.  The walk is therefore a search: every choice point
 * tries its candidates in order of preference, each followed by the rest
 * of the walk (a chain of continuations, struct cont), and the first
 * complete walk wins.  Its depth and work are bounded; when a bound is
 * reached, regexec keeps the backtracker's submatches.
 * Entry point: __re_dissect_br().
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "regex_impl.h"

#define RE_BR_MAXDEPTH 4000 /* nested calls of the walk */

/* What is left to do after the current node: run node over [i, j) (with
 * t iterations done and the sets fin of a repetition), then next. */
struct cont {
	int (*fn)(struct re_dis *, const struct cont *);
	const struct cont *next;
	int node;
	size_t i, j;
	int t;
	uint64_t **fin;
};

static int walk(struct re_dis *, int, size_t, size_t, const struct cont *);

static int
cont(struct re_dis *D, const struct cont *c)
{
	return c == NULL ? 1 : c->fn(D, c);
}

static int
cont_node(struct re_dis *D, const struct cont *c)
{
	return walk(D, c->node, c->i, c->j, c->next);
}

/* Whether [i, j) repeats the text of group g. */
static int
bref_ok(const struct re_dis *D, int g, size_t i, size_t j)
{
	ptrdiff_t so = D->caps[2 * g], eo = D->caps[2 * g + 1];
	const unsigned char *s = D->S->s;

	if (so < 0 || eo < so || (size_t)(eo - so) != j - i)
		return 0;
	for (size_t k = 0; k < j - i; k++) {
		int a = s[(size_t)so + k], b = s[i + k];

		if (a != b &&
		    (!(D->g->cflags & REG_ICASE) || tolower(a) != tolower(b)))
			return 0;
	}
	return 1;
}

static int
walk_group(struct re_dis *D, const struct re_node *n, size_t i, size_t j,
    const struct cont *next)
{
	ptrdiff_t so = D->caps[2 * n->v], eo = D->caps[2 * n->v + 1];
	int r;

	D->caps[2 * n->v] = (ptrdiff_t)i;
	D->caps[2 * n->v + 1] = (ptrdiff_t)j;
	if ((r = walk(D, n->l, i, j, next)) != 1) {
		D->caps[2 * n->v] = so;
		D->caps[2 * n->v + 1] = eo;
	}
	return r;
}

/* l then rest over [i, j): the longest possible extent of l first. */
static int
walk_cat(struct re_dis *D, const struct re_node *n, size_t i, size_t j,
    const struct cont *next)
{
	struct cont c = { cont_node, next, n->r, 0, j, 0, NULL };
	int r;

	for (size_t k = j + 1; k-- > i;) {
		if ((r = __re_ends_has(D, n->l, i, k)) == 1 &&
		    (r = __re_ends_has(D, n->r, k, j)) == 1) {
			c.i = k;
			r = walk(D, n->l, i, k, &c);
		}
		if (r != 0)
			return r;
	}
	return 0;
}

static int
walk_alt(struct re_dis *D, int n, size_t i, size_t j, const struct cont *next)
{
	const struct re_node *nodes = D->g->nodes;
	int r;

	for (;; n = nodes[n].r) {
		int e = nodes[n].type == N_ALT ? nodes[n].l : n;

		if ((r = __re_ends_has(D, e, i, j)) == 1)
			r = walk(D, e, i, j, next);
		if (r != 0 || nodes[n].type != N_ALT)
			return r;
	}
}

static int rep_step(struct re_dis *, const struct cont *);

/* One more iteration of the repetition c->node from c->i, ending at k,
 * then the rest. */
static int
rep_iter(
    struct re_dis *D, const struct cont *c, const struct re_node *r, size_t k)
{
	struct cont more = *c;
	int u = re_nexttag(r, c->t), ok;

	if (!re_set_has(D, c->fin[u], k) ||
	    (ok = __re_ends_has(D, r->l, c->i, k)) == 0)
		return 0;
	if (ok < 0)
		return -1;
	more.fn = rep_step;
	more.i = k;
	more.t = u;
	return walk(D, r->l, c->i, k, &more);
}

/* The iterations after c->t from c->i: the longest non-empty one first,
 * an empty one last (and only when it counts towards the minimum). */
static int
rep_step(struct re_dis *D, const struct cont *c)
{
	const struct re_node *r = &D->g->nodes[c->node];
	int res;

	if (c->i == c->j) {
		if (c->t < r->min)
			return walk(D, r->l, c->j, c->j, c->next);
		return cont(D, c->next);
	}
	if (r->max >= 0 && c->t >= r->max)
		return 0;
	for (size_t k = c->j; k > c->i; k--)
		if ((res = rep_iter(D, c, r, k)) != 0)
			return res;
	if (re_nexttag(r, c->t) != c->t)
		return rep_iter(D, c, r, c->i);
	return 0;
}

static int
walk_rep(struct re_dis *D, int n, size_t i, size_t j, const struct cont *next)
{
	const struct re_node *r = &D->g->nodes[n];
	int ntags = (r->max < 0 ? r->min : r->max) + 1, res = -1;
	struct cont c = { rep_step, next, n, i, j, 0, NULL };

	if (i == j) { /* one empty iteration, else none */
		if (r->min > 0 || r->max != 0) {
			if ((res = __re_ends_has(D, r->l, i, i)) == 1)
				res = walk(D, r->l, i, i, next);
			if (res != 0)
				return res;
		}
		return r->min == 0 ? cont(D, next) : 0;
	}
	if ((c.fin = calloc((size_t)ntags, sizeof(*c.fin))) == NULL)
		return -1;
	if (__re_rep_fin(D, r, i, j, NULL, c.fin, ntags) == 0)
		res = rep_step(D, &c);
	for (int x = 0; x < ntags; x++)
		__re_set_drop(D, c.fin[x]);
	free(c.fin);
	return res;
}

/*
 * A subtree without back-references whose groups no back-reference refers
 * to: its choices cannot make the rest fail, so re_dissect.c makes them
 * once; if the rest fails, the groups get their old values back.
 */
static int
walk_plain(struct re_dis *D, const struct re_node *node, int n, size_t i,
    size_t j, const struct cont *next)
{
	size_t lo = 2 * (size_t)node->g0,
	       cnt = 2 * (size_t)(node->g1 - node->g0 + 1);
	ptrdiff_t small[16], *old = small;
	int r;

	if (cnt > 16 && (old = malloc(cnt * sizeof(*old))) == NULL)
		return -1;
	memcpy(old, &D->caps[lo], cnt * sizeof(*old));
	__re_dis_walk(D, n, i, j);
	r = D->err ? -1 : cont(D, next);
	if (r != 1)
		memcpy(&D->caps[lo], old, cnt * sizeof(*old));
	if (old != small)
		free(old);
	return r;
}

static int
walk1(struct re_dis *D, int n, size_t i, size_t j, const struct cont *next)
{
	const struct re_node *node = &D->g->nodes[n];

	if (!node->grp) /* exact sets: nothing to choose or check */
		return cont(D, next);
	if (!(node->grp & (RE_HASBREF | RE_HASREFD)))
		return walk_plain(D, node, n, i, j, next);
	switch (node->type) {
	case N_BREF:
		return bref_ok(D, node->v, i, j) ? cont(D, next) : 0;
	case N_GROUP:
		return walk_group(D, node, i, j, next);
	case N_CAT:
		return walk_cat(D, node, i, j, next);
	case N_ALT:
		return walk_alt(D, n, i, j, next);
	default: /* N_REP */
		return walk_rep(D, n, i, j, next);
	}
}

/*
 * Node n over exactly [i, j) (which the sets allow), then the rest:
 * 1 when a complete walk succeeded, 0 when none can, -1 on error.
 */
static int
walk(struct re_dis *D, int n, size_t i, size_t j, const struct cont *next)
{
	int r;

	if (D->err || ++D->depth > RE_BR_MAXDEPTH || ++D->work > RE_DIS_WORK) {
		if (D->err == 0)
			D->err = REG_ESPACE;
		D->depth--;
		return -1;
	}
	r = walk1(D, n, i, j, next);
	D->depth--;
	if (r < 0 && D->err == 0)
		D->err = REG_ESPACE;
	return r;
}

/* The walk from the root over the whole match: 0 or REG_ESPACE. */
int
__re_dissect_br(struct re_dis *D)
{
	int r = walk(D, D->g->root, D->so, D->eo, NULL);

	if (r == 1)
		return 0;
	if (D->err == 0)
		D->err = REG_ESPACE;
	return D->err;
}
