/*
 * re_dissect.c: POSIX submatches.  Once a matcher has found the overall
 * leftmost-longest match [so, eo], this pass walks the parse tree over
 * that span and chooses, left to right, the longest extent for each
 * subpattern that still lets the rest of the expression match exactly up
 * to eo (XBD 9.1: "consistent with the whole match being the longest of
 * the leftmost matches, each subpattern, from left to right, shall match
 * the longest possible string"):
 *
 * - a concatenation gives its first element the longest extent after
 *   which the other elements can still end at the known end, then the
 *   second, and so on;
 * - an alternation takes its first alternative that matches the extent;
 * - a repetition takes its iterations one by one, each the longest that
 *   leaves a possible remainder; iterations are non-empty unless the
 *   extent is empty (then one empty iteration when the body can match
 *   empty, as "(a*)*" on "" reports \1 = (0,0)) or a minimum count or an
 *   assertion needs them; the last iteration's groups are reported, and
 *   groups of earlier iterations keep their values when the last one did
 *   not set them;
 * - a group records its extent; a group that takes no part is -1.
 *
 * Which extents are possible comes from re_ends.c (sets of end positions
 * per node and start), so the walk never backtracks and its time is
 * polynomial.  When its budget runs out, regexec keeps the matcher's
 * submatches.  Patterns with back-references make the same choices in a
 * bounded search instead (re_dissect_br.c).
 * Entry point: __re_dissect().
 */
#include <stdlib.h>
#include <string.h>

#include "regex_impl.h"

static void dis(struct re_dis *, int, size_t, size_t);

static void
broken(struct re_dis *D)
{
	if (D->err == 0)
		D->err = REG_ESPACE;
}

/* The elements of the chain at n, in order, into el; returns the count. */
static size_t
chain(const struct re_node *nodes, int n, int type, int *el)
{
	size_t c = 0;

	for (; nodes[n].type == type; n = nodes[n].r)
		el[c++] = nodes[n].l;
	el[c++] = n;
	return c;
}

/* at[m] &= the positions from which repetition e ends in target (NULL:
 * at j). */
static void
rep_filter(struct re_dis *D, int e, size_t i, size_t j, const uint64_t *target,
    uint64_t *at)
{
	const struct re_node *r = &D->g->nodes[e];
	int ntags = (r->max < 0 ? r->min : r->max) + 1;
	uint64_t **fin = calloc((size_t)ntags, sizeof(*fin));

	if (fin == NULL) {
		broken(D);
		return;
	}
	if (__re_rep_fin(D, r, i, j, target, fin, ntags) == 0)
		for (size_t w = 0; w < at[-1]; w++)
			at[w] &= fin[0][w];
	for (int t = 0; t < ntags; t++)
		__re_set_drop(D, fin[t]);
	free(fin);
}

/*
 * Concatenation e[0] .. e[c-1] over [i, j).  at[m] is first the set of
 * positions where e[m] can start (reached from i), then narrowed from the
 * back to those from which e[m] .. e[c-1] can end exactly at j.
 */
static void
cat_sets(
    struct re_dis *D, const int *e, size_t c, size_t i, size_t j, uint64_t **at)
{
	const struct re_node *nodes = D->g->nodes;

	if ((at[0] = __re_set_new(D, i, j)) == NULL)
		return;
	re_set_put(D, at[0], i);
	for (size_t m = 1; m < c; m++)
		if ((at[m] = __re_set_new(D, i, j)) == NULL ||
		    __re_ends_from(D, e[m - 1], at[m - 1], at[m]) < 0)
			return;
	for (size_t m = c; m-- > 0 && !D->err;) {
		const uint64_t *next = m + 1 == c ? NULL : at[m + 1];
		int x = e[m];

		while (nodes[x].type == N_GROUP)
			x = nodes[x].l;
		if (nodes[x].type == N_REP) {
			rep_filter(D, x, i, j, next, at[m]);
			continue;
		}
		for (size_t p = __re_set_next(D, at[m], i); p <= j;
		     p = __re_set_next(D, at[m], p + 1)) {
			if (next == NULL
				? __re_ends_has(D, e[m], p, j) != 1
				: __re_ends_best(D, e[m], p, p, j, next) < 0)
				re_set_del(D, at[m], p);
		}
	}
}

static void
dis_cat(struct re_dis *D, int n, size_t i, size_t j)
{
	const struct re_node *nodes = D->g->nodes;
	size_t c = 1, m;
	int *e;
	uint64_t **at;
	long k;

	for (int x = n; nodes[x].type == N_CAT; x = nodes[x].r)
		c++;
	e = malloc(c * sizeof(*e));
	at = calloc(c, sizeof(*at));
	if (e == NULL || at == NULL) {
		broken(D);
	} else {
		chain(nodes, n, N_CAT, e);
		cat_sets(D, e, c, i, j, at);
	}
	for (m = 0; m + 1 < c && !D->err; m++, i = (size_t)k) {
		k = __re_ends_best(D, e[m], i, i, j, at[m + 1]);
		if (k < 0) {
			broken(D);
			break;
		}
		dis(D, e[m], i, (size_t)k);
	}
	if (!D->err)
		dis(D, e[c - 1], i, j);
	for (m = 0; at != NULL && m < c; m++)
		__re_set_drop(D, at[m]);
	free(e);
	free(at);
}

static void
dis_alt(struct re_dis *D, int n, size_t i, size_t j)
{
	const struct re_node *nodes = D->g->nodes;
	int r;

	for (; nodes[n].type == N_ALT; n = nodes[n].r) {
		if ((r = __re_ends_has(D, nodes[n].l, i, j)) < 0)
			return;
		if (r) {
			dis(D, nodes[n].l, i, j);
			return;
		}
	}
	dis(D, n, i, j);
}

/*
 * fin[t]: the positions in [i, j] from which the repetition r, t
 * iterations done, can end in target (NULL: at j), computed from the
 * back: from k, an iteration must end where the next count can finish.
 * Also used by re_dissect_br.c, where the sets are supersets.
 */
int
__re_rep_fin(struct re_dis *D, const struct re_node *r, size_t i, size_t j,
    const uint64_t *target, uint64_t **fin, int ntags)
{
	for (int t = ntags; t-- > 0;) {
		if ((fin[t] = __re_set_new(D, i, j)) == NULL)
			return -1;
		for (size_t k = j + 1; k-- > i;) {
			int ok = t >= r->min &&
			    (target == NULL ? k == j
					    : re_set_has(D, target, k));

			if (!ok && (r->max < 0 || t < r->max)) {
				long b = __re_ends_best(
				    D, r->l, k, k, j, fin[re_nexttag(r, t)]);

				if (b == -2)
					return -1;
				ok = b >= 0;
			}
			if (ok)
				re_set_put(D, fin[t], k);
		}
	}
	return 0;
}

/* The end of the next iteration from k (t done): the longest non-empty
 * one that can be finished, else an empty one; -1 if none. */
static long
rep_next(struct re_dis *D, const struct re_node *r, size_t k, size_t j,
    uint64_t **fin, int t)
{
	int u = re_nexttag(r, t);
	long b;

	if (r->max >= 0 && t >= r->max)
		return -1;
	if ((b = __re_ends_best(D, r->l, k, k + 1, j, fin[u])) != -1)
		return b;
	if (u != t && re_set_has(D, fin[u], k) &&
	    __re_ends_has(D, r->l, k, k) == 1)
		return (long)k;
	return -1;
}

static void
dis_rep(struct re_dis *D, int n, size_t i, size_t j)
{
	const struct re_node *r = &D->g->nodes[n];
	int ntags = (r->max < 0 ? r->min : r->max) + 1, t = 0;
	uint64_t **fin;
	long k;

	if (i == j) {
		if (r->min > 0 || (r->max != 0 && __re_ends_has(D, r->l, i, i)))
			dis(D, r->l, i, i);
		return;
	}
	if ((fin = calloc((size_t)ntags, sizeof(*fin))) == NULL) {
		broken(D);
		return;
	}
	if (__re_rep_fin(D, r, i, j, NULL, fin, ntags) == 0) {
		while (i < j && !D->err) {
			if ((k = rep_next(D, r, i, j, fin, t)) < 0) {
				broken(D);
				break;
			}
			dis(D, r->l, i, (size_t)k);
			i = (size_t)k;
			t = re_nexttag(r, t);
		}
		if (!D->err && t < r->min)
			dis(D, r->l, j, j);
	}
	for (int x = 0; x < ntags; x++)
		__re_set_drop(D, fin[x]);
	free(fin);
}

/* The choices for node n over [i, j) (which it can match), recorded in
 * D->caps; D->err set on error.  Also used by re_dissect_br.c. */
void
__re_dis_walk(struct re_dis *D, int n, size_t i, size_t j)
{
	dis(D, n, i, j);
}

static void
dis(struct re_dis *D, int n, size_t i, size_t j)
{
	const struct re_node *node = &D->g->nodes[n];

	if (!(node->grp & RE_HASGROUP) || D->err)
		return;
	switch (node->type) {
	case N_GROUP:
		D->caps[2 * node->v] = (ptrdiff_t)i;
		D->caps[2 * node->v + 1] = (ptrdiff_t)j;
		dis(D, node->l, i, j);
		break;
	case N_CAT:
		dis_cat(D, n, i, j);
		break;
	case N_ALT:
		dis_alt(D, n, i, j);
		break;
	default: /* N_REP */
		dis_rep(D, n, i, j);
		break;
	}
}

/*
 * Replaces the submatches caps[2..] of the match caps[0], caps[1] with
 * POSIX's.  Returns 0, or REG_ESPACE with caps untouched when the budget
 * (or memory) ran out.
 */
int
__re_dissect(
    const struct re_guts *g, const struct re_subject *S, ptrdiff_t *caps)
{
	struct re_dis D;
	size_t n = 2 * ((size_t)g->nsub + 1);
	ptrdiff_t *work;
	int err;

	if (g->nsub == 0 || g->nodes == NULL || caps[0] < 0 ||
	    caps[1] < caps[0])
		return 0;
	if ((work = malloc(n * sizeof(*work))) == NULL)
		return REG_ESPACE;
	for (size_t x = 0; x < n; x++)
		work[x] = x < 2 ? caps[x] : -1;
	if (__re_dis_init(&D, g, S, (size_t)caps[0], (size_t)caps[1]) == 0) {
		D.caps = work;
		if (__re_ends_has(&D, g->root, D.so, D.eo) != 1)
			broken(&D);
		else if (g->backrefs)
			__re_dissect_br(&D);
		else
			dis(&D, g->root, D.so, D.eo);
	}
	if ((err = D.err) == 0)
		memcpy(caps, work, n * sizeof(*work));
	__re_dis_fini(&D);
	free(work);
	return err;
}
