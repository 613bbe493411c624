/*
 * re_ends.c: the language of each parse-tree node as sets of end
 * positions, for the POSIX submatch pass (re_dissect.c).  Given the
 * overall match [so, eo], __re_ends(D, n, i) is the set of positions j in
 * [i, eo] such that node n can match exactly the text [i, j); sets are
 * bitmaps over [so, eo], memoized per (node, start).  A back-reference is
 * taken to match any text (a superset).  The memory and the work are
 * bounded (RE_DIS_WORDS, RE_DIS_WORK): REG_ESPACE when either runs out.
 * Entry points: __re_dis_init(), __re_dis_fini(), __re_set_new(),
 * __re_set_drop(), __re_set_next(), __re_ends(), __re_ends_add(),
 * __re_ends_from(), __re_ends_has(), __re_ends_best().
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "regex_impl.h"

static int
dis_fail(struct re_dis *D)
{
	D->err = REG_ESPACE;
	return -1;
}

int
__re_dis_init(struct re_dis *D, const struct re_guts *g,
    const struct re_subject *S, size_t so, size_t eo)
{
	memset(D, 0, sizeof(*D));
	D->g = g;
	D->S = S;
	D->so = so;
	D->eo = eo;
	D->nw = (eo - so) / 64 + 1;
	D->tabcap = 64;
	if ((D->tab = calloc(D->tabcap, sizeof(*D->tab))) == NULL)
		return dis_fail(D);
	return 0;
}

void
__re_dis_fini(struct re_dis *D)
{
	void *b, *next;

	for (b = D->blocks; b != NULL; b = next) {
		memcpy(&next, b, sizeof(next));
		free(b);
	}
	free(D->tab);
	D->blocks = NULL;
	D->tab = NULL;
}

static uint64_t *
carve(struct re_dis *D, size_t need)
{
	uint64_t *s;
	size_t blk;

	if ((long)need > RE_DIS_WORDS - D->words) {
		dis_fail(D);
		return NULL;
	}
	if (D->cur == NULL || (size_t)(D->lim - D->cur) < need) {
		blk = (size_t)D->words > 4 * need ? (size_t)D->words : 4 * need;
		if (blk < 256)
			blk = 256;
		if ((s = malloc((blk + 1) * sizeof(uint64_t))) == NULL) {
			dis_fail(D);
			return NULL;
		}
		memcpy(s, &D->blocks, sizeof(D->blocks));
		D->blocks = s;
		D->cur = s + 1;
		D->lim = s + 1 + blk;
	}
	s = D->cur;
	D->cur += need;
	D->words += (long)need;
	s[0] = need - 3;
	return s + 3;
}

/* Charges n units of work; -1 when the budget is spent. */
static int
charge(struct re_dis *D, long n)
{
	D->work += n;
	if (D->work > RE_DIS_WORK)
		return dis_fail(D);
	return D->err ? -1 : 0;
}

/* The class of n words: capacities are powers of two, 2^class >= n. */
static int
sizeclass(size_t n)
{
	int k = 0;

	while (k < 47 && ((size_t)1 << k) < n)
		k++;
	return k;
}

/* A dropped set of n's class (its capacity holds n words), taken off
 * its free list, or NULL.  Bigger sets are left for bigger needs. */
static uint64_t *
reuse(struct re_dis *D, size_t n)
{
	int k = sizeclass(n);
	uint64_t *s = D->freed[k];

	if (s != NULL)
		memcpy(&D->freed[k], s, sizeof(D->freed[k]));
	return s;
}

/* A new empty set for the positions [lo, hi] (within [so, eo]), or NULL
 * (D->err set) when over budget. */
uint64_t *
__re_set_new(struct re_dis *D, size_t lo, size_t hi)
{
	size_t w0 = (lo - D->so) >> 6, n;
	uint64_t *s;

	if (D->err)
		return NULL;
	if (hi > D->eo)
		hi = D->eo;
	n = ((hi - D->so) >> 6) - w0 + 1;
	if ((s = reuse(D, n)) == NULL &&
	    (s = carve(D, ((size_t)1 << sizeclass(n)) + 3)) == NULL)
		return NULL;
	s[-2] = w0;
	s[-1] = n;
	memset(s, 0, n * sizeof(uint64_t));
	return charge(D, (long)n) < 0 ? NULL : s;
}

void
__re_set_drop(struct re_dis *D, uint64_t *s)
{
	int k;

	if (s == NULL)
		return;
	k = sizeclass((size_t)s[-3]);
	memcpy(s, &D->freed[k], sizeof(D->freed[k]));
	D->freed[k] = s;
}

/* The next member of set at or after pos, or (size_t)-1. */
static size_t
nextbit(const struct re_dis *D, const uint64_t *set, size_t pos)
{
	size_t b = pos - D->so, w0 = (size_t)set[-2], w;
	uint64_t x;

	if (pos > D->eo)
		return (size_t)-1;
	if ((b >> 6) < w0)
		b = w0 << 6;
	if ((w = (b >> 6) - w0) >= set[-1])
		return (size_t)-1;
	x = set[w] & (~(uint64_t)0 << (b & 63));
	while (x == 0) {
		if (++w >= set[-1])
			return (size_t)-1;
		x = set[w];
	}
	b = ((w0 + w) << 6) + (size_t)__builtin_ctzll(x);
	return b > D->eo - D->so ? (size_t)-1 : D->so + b;
}

size_t
__re_set_next(const struct re_dis *D, const uint64_t *set, size_t pos)
{
	return nextbit(D, set, pos);
}

/* The window of ends of node n from i. */
static size_t
reach(const struct re_dis *D, int n, size_t i)
{
	int len = D->g->nodes[n].maxlen;

	return len < 0 || (size_t)len >= D->eo - i ? D->eo : i + (size_t)len;
}

/* ---- memo ---- */

static size_t
slot(const struct re_dis *D, int node, size_t pos)
{
	size_t h = (size_t)node * 0x9e3779b1u + pos * 0x85ebca6bu;

	h ^= h >> 15;
	return h & (D->tabcap - 1);
}

static uint64_t *
lookup(const struct re_dis *D, int node, size_t pos)
{
	for (size_t h = slot(D, node, pos);; h = (h + 1) & (D->tabcap - 1)) {
		const struct re_memo *m = &D->tab[h];

		if (m->set == NULL)
			return NULL;
		if (m->node == node && m->pos == pos)
			return m->set;
	}
}

static void
insert(struct re_dis *D, int node, size_t pos, uint64_t *set)
{
	size_t h = slot(D, node, pos);

	while (D->tab[h].set != NULL)
		h = (h + 1) & (D->tabcap - 1);
	D->tab[h].node = node;
	D->tab[h].pos = pos;
	D->tab[h].set = set;
	D->tabn++;
}

static int
remember(struct re_dis *D, int node, size_t pos, uint64_t *set)
{
	struct re_memo *old = D->tab;
	size_t oldcap = D->tabcap;

	if (2 * (D->tabn + 1) > D->tabcap) {
		D->tab = calloc(2 * oldcap, sizeof(*D->tab));
		if (D->tab == NULL) {
			D->tab = old;
			return dis_fail(D);
		}
		D->tabcap = 2 * oldcap;
		D->tabn = 0;
		for (size_t h = 0; h < oldcap; h++)
			if (old[h].set != NULL)
				insert(D, old[h].node, old[h].pos, old[h].set);
		free(old);
	}
	insert(D, node, pos, set);
	return 0;
}

/* ---- leaves: a single character or a zero-width test ---- */

static int
charmatch(const struct re_dis *D, const struct re_node *n, int c)
{
	const struct re_guts *g = D->g;

	switch (n->type) {
	case N_CHAR:
		if (g->cflags & REG_ICASE)
			return tolower(c) == tolower(n->v);
		return c == n->v;
	case N_ANY:
		return !(g->cflags & REG_NEWLINE) || c != '\n';
	default: /* N_SET */
		return (g->sets[n->v][c >> 3] >> (c & 7)) & 1;
	}
}

static const unsigned char assertop[] = { [N_BOL] = RO_BOL,
	[N_EOL] = RO_EOL,
	[N_WBEG] = RO_WBEG,
	[N_WEND] = RO_WEND };

/*
 * For a leaf, the one end from i (or (size_t)-1: none) in *end, and 1;
 * 0 for a node that is not a leaf.  A back-reference ends anywhere: *end
 * is (size_t)-2.
 */
static int
leafend(const struct re_dis *D, const struct re_node *n, size_t i, size_t *end)
{
	*end = (size_t)-1;
	switch (n->type) {
	case N_EMPTY:
		*end = i;
		return 1;
	case N_CHAR:
	case N_ANY:
	case N_SET:
		if (i < D->eo && charmatch(D, n, D->S->s[i]))
			*end = i + 1;
		return 1;
	case N_BOL:
	case N_EOL:
	case N_WBEG:
	case N_WEND:
		if (__re_assert(D->S, assertop[n->type], i))
			*end = i;
		return 1;
	case N_BREF:
		*end = (size_t)-2;
		return 1;
	default:
		return 0;
	}
}

/* ---- set algebra ---- */

/* out |= ends(n, i); -1 on error. */
int
__re_ends_add(struct re_dis *D, int n, size_t i, uint64_t *out)
{
	const uint64_t *e;
	size_t end;

	if (leafend(D, &D->g->nodes[n], i, &end)) {
		if (end == (size_t)-2)
			for (end = i; end <= D->eo; end++)
				re_set_put(D, out, end);
		else if (end != (size_t)-1)
			re_set_put(D, out, end);
		return charge(D, 1);
	}
	if ((e = __re_ends(D, n, i)) == NULL)
		return -1;
	for (size_t w = 0; w < e[-1]; w++) {
		size_t x = (size_t)e[-2] + w - (size_t)out[-2];

		if (x < out[-1])
			out[x] |= e[w];
	}
	return charge(D, (long)e[-1]);
}

/* A new set with the window of s (same size), empty or a copy. */
static uint64_t *
like(struct re_dis *D, const uint64_t *s, int copy)
{
	size_t lo = D->so + ((size_t)s[-2] << 6);
	size_t hi = D->so + (((size_t)s[-2] + (size_t)s[-1]) << 6) - 1;
	uint64_t *n = __re_set_new(D, lo, hi > D->eo ? D->eo : hi);

	if (n != NULL && copy)
		memcpy(n, s, (size_t)s[-1] * sizeof(uint64_t));
	return n;
}

static int from_multi(struct re_dis *, int, const uint64_t *, uint64_t *);

/*
 * out |= the ends of n from every member of from.  Every set involved
 * has out's window, which must hold all the ends that matter.  A single
 * start uses the memoized set of __re_ends().
 */
static int
ends_from(struct re_dis *D, int n, const uint64_t *from, uint64_t *out)
{
	size_t p = nextbit(D, from, D->so), q;

	if (p == (size_t)-1)
		return 0;
	if ((q = nextbit(D, from, p + 1)) == (size_t)-1 ||
	    leafend(D, &D->g->nodes[n], p, &q)) {
		for (; p != (size_t)-1; p = nextbit(D, from, p + 1))
			if (__re_ends_add(D, n, p, out) < 0)
				return -1;
		return 0;
	}
	return from_multi(D, n, from, out);
}

/* The ends of n from every member of from, in a new set like from's. */
static uint64_t *
step(struct re_dis *D, int n, const uint64_t *from)
{
	uint64_t *out = like(D, from, 0);

	if (out == NULL || ends_from(D, n, from, out) < 0)
		return NULL;
	return out;
}

/* u |= x; returns whether x brought anything new, -1 on error. */
static int
merge(struct re_dis *D, uint64_t *u, uint64_t *x)
{
	int grew = 0;

	for (size_t w = 0; w < u[-1]; w++) {
		x[w] &= ~u[w];
		grew |= x[w] != 0;
		u[w] |= x[w];
	}
	return charge(D, (long)u[-1]) < 0 ? -1 : grew;
}

/*
 * Adds to u every end of body from p not in u yet, pushing each on
 * stack.  Returns the new stack size, or -1 on error.
 */
static long
expand(
    struct re_dis *D, int body, size_t p, uint64_t *u, size_t *stack, long sp)
{
	const uint64_t *e;
	size_t end;

	if (leafend(D, &D->g->nodes[body], p, &end) && end != (size_t)-2) {
		if (end != (size_t)-1 && !re_set_has(D, u, end)) {
			re_set_put(D, u, end);
			if (re_set_has(D, u, end)) /* inside u's window */
				stack[sp++] = end;
		}
		return charge(D, 1) < 0 ? -1 : sp;
	}
	if ((e = __re_ends(D, body, p)) == NULL || charge(D, (long)e[-1]) < 0)
		return -1;
	for (size_t w = 0; w < e[-1]; w++)
		for (uint64_t x = e[w]; x != 0; x &= x - 1) {
			end = D->so + (((size_t)e[-2] + w) << 6) +
			    (size_t)__builtin_ctzll(x);
			if (end <= D->eo && !re_set_has(D, u, end)) {
				re_set_put(D, u, end);
				if (re_set_has(D, u, end))
					stack[sp++] = end;
			}
		}
	return sp;
}

/* Adds to u everything any number of iterations of body reach from its
 * members: each position is expanded once. */
static int
closure(struct re_dis *D, int body, uint64_t *u)
{
	size_t *stack = malloc(((size_t)u[-1] * 64 + 1) * sizeof(size_t));
	long sp = 0;

	if (stack == NULL)
		return dis_fail(D);
	for (size_t p = nextbit(D, u, D->so); p != (size_t)-1;
	     p = nextbit(D, u, p + 1))
		stack[sp++] = p;
	while (sp > 0)
		if ((sp = expand(D, body, stack[sp - 1], u, stack, sp - 1)) < 0)
			break;
	free(stack);
	return sp < 0 ? -1 : 0;
}

/*
 * Repetition: min steps of the body from the sources, then the closure
 * (no maximum), or every further step up to max (until nothing new is
 * reached: the frontier holds only positions seen for the first time).
 */
static int
rep_from(struct re_dis *D, int n, const uint64_t *from, uint64_t *out)
{
	const struct re_node *r = &D->g->nodes[n];
	uint64_t *e = like(D, out, 0), *u, *next;
	int grew;

	if (e == NULL)
		return -1;
	for (size_t p = nextbit(D, from, D->so); p != (size_t)-1;
	     p = nextbit(D, from, p + 1))
		re_set_put(D, e, p);
	for (int t = 0; t < r->min && e != NULL; t++) {
		next = step(D, r->l, e);
		__re_set_drop(D, e);
		e = next;
	}
	if (e == NULL || (u = like(D, e, 1)) == NULL)
		return -1;
	if (r->max < 0) {
		if (closure(D, r->l, u) < 0)
			return -1;
	} else {
		for (int t = r->min; t < r->max; t++) {
			if ((next = step(D, r->l, e)) == NULL)
				return -1;
			__re_set_drop(D, e);
			e = next;
			if ((grew = merge(D, u, e)) < 0)
				return -1;
			if (!grew)
				break;
		}
	}
	for (size_t w = 0; w < u[-1]; w++)
		out[w] |= u[w];
	__re_set_drop(D, e);
	__re_set_drop(D, u);
	return 0;
}

/* from_multi() for a chain of concatenated nodes: step by step. */
static int
cat_from(struct re_dis *D, int n, const uint64_t *from, uint64_t *out)
{
	const struct re_node *nodes = D->g->nodes;
	uint64_t *cur = like(D, out, 0), *next;

	if (cur == NULL)
		return -1;
	for (size_t p = nextbit(D, from, D->so); p != (size_t)-1;
	     p = nextbit(D, from, p + 1))
		re_set_put(D, cur, p);
	for (;; n = nodes[n].r) {
		int e = nodes[n].type == N_CAT ? nodes[n].l : n;

		next = step(D, e, cur);
		__re_set_drop(D, cur);
		if ((cur = next) == NULL)
			return -1;
		if (nodes[n].type != N_CAT)
			break;
	}
	for (size_t w = 0; w < cur[-1]; w++)
		out[w] |= cur[w];
	__re_set_drop(D, cur);
	return 0;
}

/* out |= the ends of the composite node n from every member of from. */
static int
from_multi(struct re_dis *D, int n, const uint64_t *from, uint64_t *out)
{
	const struct re_node *nodes = D->g->nodes;

	while (nodes[n].type == N_GROUP)
		n = nodes[n].l;
	switch (nodes[n].type) {
	case N_CAT:
		return cat_from(D, n, from, out);
	case N_ALT:
		for (; nodes[n].type == N_ALT; n = nodes[n].r)
			if (ends_from(D, nodes[n].l, from, out) < 0)
				return -1;
		return ends_from(D, n, from, out);
	case N_REP:
		return rep_from(D, n, from, out);
	default: /* a leaf */
		return ends_from(D, n, from, out);
	}
}

/* out |= the ends of n from every member of from (a set with out's
 * window, or one that holds only positions inside it). */
int
__re_ends_from(struct re_dis *D, int n, const uint64_t *from, uint64_t *out)
{
	return ends_from(D, n, from, out);
}

/* s, or a copy of it with its window cut down to its members (a
 * memoized set stays; a wide one that holds few would waste memory). */
static uint64_t *
trim(struct re_dis *D, uint64_t *s)
{
	size_t w0 = 0, w1 = (size_t)s[-1];
	uint64_t *t;

	while (w0 < w1 && s[w0] == 0)
		w0++;
	while (w1 > w0 && s[w1 - 1] == 0)
		w1--;
	if (w0 == w1)
		w1 = w0 + 1;
	if (w1 - w0 + 4 >= (size_t)s[-1])
		return s;
	t = __re_set_new(D, D->so + (((size_t)s[-2] + w0) << 6),
	    D->so + (((size_t)s[-2] + w1) << 6) - 1);
	if (t == NULL)
		return NULL;
	memcpy(t, s + w0, (w1 - w0) * sizeof(uint64_t));
	__re_set_drop(D, s);
	return t;
}

/* The set of ends of node n from i (not a leaf); NULL on error. */
const uint64_t *
__re_ends(struct re_dis *D, int n, size_t i)
{
	const struct re_node *nodes = D->g->nodes;
	uint64_t *s, *f;
	size_t end;
	int r;

	while (nodes[n].type == N_GROUP)
		n = nodes[n].l;
	if ((s = lookup(D, n, i)) != NULL)
		return s;
	if (D->err || (s = __re_set_new(D, i, reach(D, n, i))) == NULL ||
	    (f = __re_set_new(D, i, i)) == NULL)
		return NULL;
	re_set_put(D, f, i);
	if (leafend(D, &nodes[n], i, &end))
		r = __re_ends_add(D, n, i, s);
	else
		r = from_multi(D, n, f, s);
	__re_set_drop(D, f);
	if (r < 0 || (s = trim(D, s)) == NULL || remember(D, n, i, s) < 0)
		return NULL;
	return s;
}

/* Whether n can match exactly [i, j): 1 or 0, -1 on error. */
int
__re_ends_has(struct re_dis *D, int n, size_t i, size_t j)
{
	const uint64_t *e;
	size_t end;

	if (leafend(D, &D->g->nodes[n], i, &end))
		return end == j || (end == (size_t)-2 && j >= i);
	if ((e = __re_ends(D, n, i)) == NULL)
		return -1;
	return re_set_has(D, e, j);
}

/* Word w (over all of [so, eo]) of set s: all ones for NULL. */
static uint64_t
word(const uint64_t *s, size_t w)
{
	if (s == NULL)
		return ~(uint64_t)0;
	w -= (size_t)s[-2];
	return w < s[-1] ? s[w] : 0;
}

/* The highest member of a & b (NULL: all positions) in [lo, hi], or -1. */
static long
highest(const struct re_dis *D, const uint64_t *a, const uint64_t *b, size_t lo,
    size_t hi)
{
	size_t blo = lo - D->so, bhi = hi - D->so;
	uint64_t x;

	if (a != NULL) { /* only a's window can hold members */
		if ((size_t)a[-2] << 6 > blo)
			blo = (size_t)a[-2] << 6;
		if (((size_t)(a[-2] + a[-1]) << 6) - 1 < bhi)
			bhi = ((size_t)(a[-2] + a[-1]) << 6) - 1;
		if (blo > bhi)
			return -1;
	}
	for (size_t w = (bhi >> 6) + 1; w-- > blo >> 6;) {
		x = word(a, w) & word(b, w);
		if (w == bhi >> 6 && (bhi & 63) != 63)
			x &= ((uint64_t)1 << ((bhi & 63) + 1)) - 1;
		if (w == blo >> 6)
			x &= ~(uint64_t)0 << (blo & 63);
		if (x != 0)
			return (long)(D->so + (w << 6) + 63 -
			    (size_t)__builtin_clzll(x));
	}
	return -1;
}

/*
 * The last position in [lo, hi] where n, started at i, can end and that
 * is in want (any position when want is NULL); -1 if none, -2 on error.
 */
long
__re_ends_best(struct re_dis *D, int n, size_t i, size_t lo, size_t hi,
    const uint64_t *want)
{
	const uint64_t *e;
	size_t end;

	if (lo > hi)
		return -1;
	if (leafend(D, &D->g->nodes[n], i, &end)) {
		if (charge(D, 1) < 0)
			return -2;
		if (end == (size_t)-2)
			return highest(D, NULL, want, lo < i ? i : lo, hi);
		return end >= lo && end <= hi &&
			(want == NULL || re_set_has(D, want, end))
		    ? (long)end
		    : -1;
	}
	if ((e = __re_ends(D, n, i)) == NULL || charge(D, (long)e[-1]) < 0)
		return -2;
	return highest(D, e, want, lo, hi);
}
