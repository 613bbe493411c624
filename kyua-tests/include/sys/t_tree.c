/*
 * t_tree: the <sys/tree.h> macros.  Red-black trees (RB_GENERATE and
 * RB_GENERATE_STATIC): insert with duplicates, find, nfind, min/max,
 * next/prev, the four loops, removal, and the red-black invariants
 * checked node by node after long pseudo-random insert/remove runs
 * against a reference bitmap.  Splay trees: the same operations and
 * runs, with the binary-search-tree order checked after every splay.
 */
#include <sys/tree.h>

#include <atf-c.h>
#include <stdio.h>
#include <string.h>

#include "h_macros.h"

#define NKEYS 512

struct rnode {
	int key;
	RB_ENTRY(rnode) link;
};

struct snode {
	int key;
	SPLAY_ENTRY(snode) link;
};

static int
rcmp(struct rnode *a, struct rnode *b)
{
	return a->key < b->key ? -1 : a->key > b->key;
}

static int
scmp(struct snode *a, struct snode *b)
{
	return a->key < b->key ? -1 : a->key > b->key;
}

RB_HEAD(rtree, rnode);
RB_PROTOTYPE(rtree, rnode, link, rcmp)
RB_GENERATE(rtree, rnode, link, rcmp)

/* A second tree type through the static generator. */
RB_HEAD(stree_rb, rnode);
RB_PROTOTYPE_STATIC(stree_rb, rnode, link, rcmp)
RB_GENERATE_STATIC(stree_rb, rnode, link, rcmp)

SPLAY_HEAD(sptree, snode);
SPLAY_PROTOTYPE(sptree, snode, link, scmp)
SPLAY_GENERATE(sptree, snode, link, scmp)

static struct rnode rn[NKEYS];
static struct snode sn[NKEYS];

static void
init_nodes(void)
{
	int i;

	memset(rn, 0, sizeof(rn));
	memset(sn, 0, sizeof(sn));
	for (i = 0; i < NKEYS; i++)
		rn[i].key = sn[i].key = i;
}

/* A small deterministic generator (an LCG), so runs are repeatable. */
static unsigned int
next_rand(unsigned int *state)
{
	*state = *state * 1103515245u + 12345u;
	return (*state >> 16) & 0x7fff;
}

/*
 * Checks the subtree under x: parent links, key order within (lo, hi),
 * no red node with a red child; returns its black height, or -1 (and
 * reports) on a violation.
 */
static int
rb_check(struct rnode *x, struct rnode *parent, int lo, int hi)
{
	int l, r;

	if (x == NULL)
		return 1;
	if (RB_PARENT(x, link) != parent || x->key <= lo || x->key >= hi)
		return -1;
	if (RB_COLOR(x, link) == RB_RED &&
	    (_RB_ISRED(RB_LEFT(x, link), link) ||
		_RB_ISRED(RB_RIGHT(x, link), link)))
		return -1;
	l = rb_check(RB_LEFT(x, link), x, lo, x->key);
	r = rb_check(RB_RIGHT(x, link), x, x->key, hi);
	if (l < 0 || r < 0 || l != r)
		return -1;
	return l + (RB_COLOR(x, link) == RB_BLACK);
}

static int
rb_valid(struct rtree *t)
{
	if (RB_ROOT(t) != NULL && RB_COLOR(RB_ROOT(t), link) != RB_BLACK)
		return 0;
	return rb_check(RB_ROOT(t), NULL, -1, NKEYS) > 0;
}

/* Order (lo, hi) of a splay subtree; returns its size, or -1. */
static int
splay_check(struct snode *x, int lo, int hi)
{
	int l, r;

	if (x == NULL)
		return 0;
	if (x->key <= lo || x->key >= hi)
		return -1;
	l = splay_check(SPLAY_LEFT(x, link), lo, x->key);
	r = splay_check(SPLAY_RIGHT(x, link), x->key, hi);
	if (l < 0 || r < 0)
		return -1;
	return l + r + 1;
}

static char buf[4096];

static const char *
rb_str(struct rtree *t)
{
	struct rnode *p;

	buf[0] = '\0';
	RB_FOREACH(p, rtree, t)
	append_int(buf, sizeof(buf), p->key);
	return buf;
}

static const char *
rb_rstr(struct rtree *t)
{
	struct rnode *p;

	buf[0] = '\0';
	RB_FOREACH_REVERSE(p, rtree, t)
	append_int(buf, sizeof(buf), p->key);
	return buf;
}

static const char *
splay_str(struct sptree *t)
{
	struct snode *p;

	buf[0] = '\0';
	SPLAY_FOREACH(p, sptree, t)
	append_int(buf, sizeof(buf), p->key);
	return buf;
}

static void
rb_insert_keys(struct rtree *t, const int *keys, int n)
{
	int i;

	for (i = 0; i < n; i++)
		ATF_REQUIRE(RB_INSERT(rtree, t, &rn[keys[i]]) == NULL);
}

static const int some[] = { 50, 20, 80, 10, 30, 70, 90, 60, 40 };
#define NSOME ((int)(sizeof(some) / sizeof(some[0])))

/* ---- red-black trees ---- */

TC(rb_empty,
    "an empty tree: RB_INITIALIZER, RB_INIT, RB_EMPTY, and "
    "RB_MIN/RB_MAX/RB_FIND give NULL")
{
	struct rtree a = RB_INITIALIZER(&a), b;
	struct rnode key = { .key = 3 };

	RB_INIT(&b);
	ATF_CHECK(RB_EMPTY(&a));
	ATF_CHECK(RB_EMPTY(&b));
	ATF_CHECK(RB_ROOT(&a) == NULL);
	ATF_CHECK(RB_MIN(rtree, &a) == NULL);
	ATF_CHECK(RB_MAX(rtree, &a) == NULL);
	ATF_CHECK(RB_FIND(rtree, &a, &key) == NULL);
	ATF_CHECK(RB_NFIND(rtree, &a, &key) == NULL);
	ATF_CHECK_STREQ(rb_str(&a), "");
}

TC(rb_insert_order,
    "RB_INSERT keeps keys in order whatever the insertion "
    "order; RB_FOREACH walks up and RB_FOREACH_REVERSE down")
{
	struct rtree t = RB_INITIALIZER(&t);

	init_nodes();
	rb_insert_keys(&t, some, NSOME);
	ATF_CHECK(!RB_EMPTY(&t));
	ATF_CHECK(rb_valid(&t));
	ATF_CHECK_STREQ(rb_str(&t), "10 20 30 40 50 60 70 80 90");
	ATF_CHECK_STREQ(rb_rstr(&t), "90 80 70 60 50 40 30 20 10");
}

TC(rb_insert_duplicate,
    "RB_INSERT of an equal key returns the element "
    "already in the tree and leaves the tree unchanged")
{
	struct rtree t = RB_INITIALIZER(&t);
	struct rnode dup = { .key = 30 };

	init_nodes();
	rb_insert_keys(&t, some, NSOME);
	ATF_CHECK(RB_INSERT(rtree, &t, &dup) == &rn[30]);
	ATF_CHECK(RB_FIND(rtree, &t, &dup) == &rn[30]);
	ATF_CHECK_STREQ(rb_str(&t), "10 20 30 40 50 60 70 80 90");
}

TC(rb_find_nfind,
    "RB_FIND finds only equal keys; RB_NFIND gives the "
    "smallest key >= the one asked for, or NULL past the end")
{
	struct rtree t = RB_INITIALIZER(&t);
	struct rnode key;

	init_nodes();
	rb_insert_keys(&t, some, NSOME);
	key.key = 60;
	ATF_CHECK(RB_FIND(rtree, &t, &key) == &rn[60]);
	key.key = 65;
	ATF_CHECK(RB_FIND(rtree, &t, &key) == NULL);
	ATF_CHECK(RB_NFIND(rtree, &t, &key) == &rn[70]);
	key.key = 70;
	ATF_CHECK(RB_NFIND(rtree, &t, &key) == &rn[70]);
	key.key = 0;
	ATF_CHECK(RB_NFIND(rtree, &t, &key) == &rn[10]);
	key.key = 95;
	ATF_CHECK(RB_NFIND(rtree, &t, &key) == NULL);
	ATF_CHECK(RB_FIND(rtree, &t, &key) == NULL);
}

TC(rb_min_max_next_prev,
    "RB_MIN, RB_MAX, RB_NEXT and RB_PREV, with NULL "
    "past either end")
{
	struct rtree t = RB_INITIALIZER(&t);

	init_nodes();
	rb_insert_keys(&t, some, NSOME);
	ATF_CHECK(RB_MIN(rtree, &t) == &rn[10]);
	ATF_CHECK(RB_MAX(rtree, &t) == &rn[90]);
	ATF_CHECK(RB_NEXT(rtree, &t, &rn[10]) == &rn[20]);
	ATF_CHECK(RB_NEXT(rtree, &t, &rn[40]) == &rn[50]);
	ATF_CHECK(RB_NEXT(rtree, &t, &rn[50]) == &rn[60]);
	ATF_CHECK(RB_NEXT(rtree, &t, &rn[90]) == NULL);
	ATF_CHECK(RB_PREV(rtree, &t, &rn[60]) == &rn[50]);
	ATF_CHECK(RB_PREV(rtree, &t, &rn[50]) == &rn[40]);
	ATF_CHECK(RB_PREV(rtree, &t, &rn[10]) == NULL);
}

TC(rb_remove,
    "RB_REMOVE of a leaf, a node with one child, a node with two "
    "children and the root returns the node and keeps the invariants")
{
	struct rtree t = RB_INITIALIZER(&t);
	static const int left[] = { 10, 20, 50, 60, 70, 90 };
	struct rnode *root;
	char want[64] = "";
	int i;

	init_nodes();
	rb_insert_keys(&t, some, NSOME);
	ATF_CHECK(RB_REMOVE(rtree, &t, &rn[40]) == &rn[40]);
	ATF_CHECK(rb_valid(&t));
	ATF_CHECK(RB_REMOVE(rtree, &t, &rn[30]) == &rn[30]);
	ATF_CHECK(rb_valid(&t));
	ATF_CHECK(RB_REMOVE(rtree, &t, &rn[80]) == &rn[80]);
	ATF_CHECK(rb_valid(&t));
	root = RB_ROOT(&t);
	ATF_CHECK(RB_REMOVE(rtree, &t, root) == root);
	ATF_CHECK(rb_valid(&t));
	ATF_CHECK(RB_FIND(rtree, &t, root) == NULL);
	for (i = 0; i < 6; i++)
		if (left[i] != root->key)
			append_int(want, sizeof(want), left[i]);
	ATF_CHECK_STREQ(rb_str(&t), want);
}

TC(rb_foreach_safe,
    "RB_FOREACH_SAFE and RB_FOREACH_REVERSE_SAFE survive "
    "removing the current element")
{
	struct rtree t = RB_INITIALIZER(&t);
	struct rnode *p, *q;
	int n = 0;

	init_nodes();
	rb_insert_keys(&t, some, NSOME);
	RB_FOREACH_SAFE(p, rtree, &t, q)
	if (p->key % 20 != 0)
		RB_REMOVE(rtree, &t, p);
	ATF_CHECK(rb_valid(&t));
	ATF_CHECK_STREQ(rb_str(&t), "20 40 60 80");
	RB_FOREACH_REVERSE_SAFE(p, rtree, &t, q)
	{
		ATF_CHECK_EQ(p->key, 80 - 20 * n);
		n++;
		RB_REMOVE(rtree, &t, p);
	}
	ATF_CHECK_EQ(n, 4);
	ATF_CHECK(RB_EMPTY(&t));
}

TC(rb_sorted_runs,
    "ascending and descending insertion of all keys keeps "
    "a valid red-black tree; removal in order empties it")
{
	struct rtree t = RB_INITIALIZER(&t);
	int i;

	init_nodes();
	for (i = 0; i < NKEYS; i++)
		ATF_REQUIRE(RB_INSERT(rtree, &t, &rn[i]) == NULL);
	ATF_CHECK(rb_valid(&t));
	ATF_CHECK(RB_MAX(rtree, &t) == &rn[NKEYS - 1]);
	for (i = 0; i < NKEYS; i++)
		RB_REMOVE(rtree, &t, &rn[i]);
	ATF_CHECK(RB_EMPTY(&t));
	for (i = NKEYS - 1; i >= 0; i--)
		ATF_REQUIRE(RB_INSERT(rtree, &t, &rn[i]) == NULL);
	ATF_CHECK(rb_valid(&t));
	ATF_CHECK(RB_MIN(rtree, &t) == &rn[0]);
}

TC(rb_random,
    "a long pseudo-random run of inserts and removes matches a "
    "reference set and keeps every red-black invariant")
{
	struct rtree t = RB_INITIALIZER(&t);
	struct rnode *p;
	unsigned int seed = 1;
	char in[NKEYS];
	int i, k, count = 0, bad = 0, walked;

	init_nodes();
	memset(in, 0, sizeof(in));
	for (i = 0; i < 20000; i++) {
		k = (int)(next_rand(&seed) % NKEYS);
		if (in[k]) {
			if (RB_REMOVE(rtree, &t, &rn[k]) != &rn[k])
				bad++;
			in[k] = 0;
			count--;
		} else {
			if (RB_INSERT(rtree, &t, &rn[k]) != NULL)
				bad++;
			in[k] = 1;
			count++;
		}
		if (i % 997 == 0 && !rb_valid(&t))
			bad++;
	}
	ATF_CHECK_EQ(bad, 0);
	ATF_CHECK(rb_valid(&t));
	walked = 0;
	RB_FOREACH(p, rtree, &t)
	{
		ATF_CHECK(in[p->key]);
		walked++;
	}
	ATF_CHECK_EQ(walked, count);
	for (k = 0; k < NKEYS; k++)
		ATF_CHECK((RB_FIND(rtree, &t, &rn[k]) != NULL) == in[k]);
}

TC(rb_static, "RB_GENERATE_STATIC functions work like the global ones")
{
	struct stree_rb t = RB_INITIALIZER(&t);
	struct rnode *p;
	int i, prev = -1, n = 0;

	init_nodes();
	for (i = 0; i < NSOME; i++)
		ATF_REQUIRE(RB_INSERT(stree_rb, &t, &rn[some[i]]) == NULL);
	ATF_CHECK(RB_INSERT(stree_rb, &t, &rn[some[0]]) == &rn[some[0]]);
	RB_FOREACH(p, stree_rb, &t)
	{
		ATF_CHECK(p->key > prev);
		prev = p->key;
		n++;
	}
	ATF_CHECK_EQ(n, NSOME);
	ATF_CHECK(RB_MIN(stree_rb, &t) == &rn[10]);
	ATF_CHECK(RB_REMOVE(stree_rb, &t, &rn[10]) == &rn[10]);
	ATF_CHECK(RB_MIN(stree_rb, &t) == &rn[20]);
}

/* ---- splay trees ---- */

TC(splay_empty,
    "an empty splay tree: SPLAY_INITIALIZER, SPLAY_INIT, "
    "SPLAY_EMPTY; MIN, MAX, FIND and REMOVE give NULL")
{
	struct sptree a = SPLAY_INITIALIZER(&a), b;
	struct snode key = { .key = 1 };

	SPLAY_INIT(&b);
	ATF_CHECK(SPLAY_EMPTY(&a));
	ATF_CHECK(SPLAY_EMPTY(&b));
	ATF_CHECK(SPLAY_ROOT(&a) == NULL);
	ATF_CHECK(SPLAY_MIN(sptree, &a) == NULL);
	ATF_CHECK(SPLAY_MAX(sptree, &a) == NULL);
	ATF_CHECK(SPLAY_FIND(sptree, &a, &key) == NULL);
	ATF_CHECK(SPLAY_REMOVE(sptree, &a, &key) == NULL);
	ATF_CHECK_STREQ(splay_str(&a), "");
}

TC(splay_insert_find,
    "SPLAY_INSERT keeps order, returns the existing "
    "element for a duplicate; SPLAY_FIND splays the found node to the root")
{
	struct sptree t = SPLAY_INITIALIZER(&t);
	struct snode dup = { .key = 70 }, key;
	int i;

	init_nodes();
	for (i = 0; i < NSOME; i++)
		ATF_REQUIRE(SPLAY_INSERT(sptree, &t, &sn[some[i]]) == NULL);
	ATF_CHECK(SPLAY_ROOT(&t) == &sn[some[NSOME - 1]]);
	ATF_CHECK(SPLAY_INSERT(sptree, &t, &dup) == &sn[70]);
	ATF_CHECK_STREQ(splay_str(&t), "10 20 30 40 50 60 70 80 90");
	key.key = 30;
	ATF_CHECK(SPLAY_FIND(sptree, &t, &key) == &sn[30]);
	ATF_CHECK(SPLAY_ROOT(&t) == &sn[30]);
	key.key = 35;
	ATF_CHECK(SPLAY_FIND(sptree, &t, &key) == NULL);
	ATF_CHECK_EQ(splay_check(SPLAY_ROOT(&t), -1, NKEYS), NSOME);
}

TC(splay_min_max_next,
    "SPLAY_MIN, SPLAY_MAX and SPLAY_NEXT, NULL after "
    "the largest")
{
	struct sptree t = SPLAY_INITIALIZER(&t);
	int i;

	init_nodes();
	for (i = 0; i < NSOME; i++)
		SPLAY_INSERT(sptree, &t, &sn[some[i]]);
	ATF_CHECK(SPLAY_MIN(sptree, &t) == &sn[10]);
	ATF_CHECK(SPLAY_ROOT(&t) == &sn[10]);
	ATF_CHECK(SPLAY_MAX(sptree, &t) == &sn[90]);
	ATF_CHECK(SPLAY_NEXT(sptree, &t, &sn[40]) == &sn[50]);
	ATF_CHECK(SPLAY_NEXT(sptree, &t, &sn[10]) == &sn[20]);
	ATF_CHECK(SPLAY_NEXT(sptree, &t, &sn[90]) == NULL);
	ATF_CHECK_EQ(splay_check(SPLAY_ROOT(&t), -1, NKEYS), NSOME);
}

TC(splay_remove,
    "SPLAY_REMOVE returns the removed node, NULL for a key "
    "not in the tree, and keeps the order")
{
	struct sptree t = SPLAY_INITIALIZER(&t);
	struct snode absent = { .key = 55 };
	int i;

	init_nodes();
	for (i = 0; i < NSOME; i++)
		SPLAY_INSERT(sptree, &t, &sn[some[i]]);
	ATF_CHECK(SPLAY_REMOVE(sptree, &t, &absent) == NULL);
	ATF_CHECK(SPLAY_REMOVE(sptree, &t, &sn[50]) == &sn[50]);
	ATF_CHECK(SPLAY_REMOVE(sptree, &t, &sn[10]) == &sn[10]);
	ATF_CHECK(SPLAY_REMOVE(sptree, &t, &sn[90]) == &sn[90]);
	ATF_CHECK_STREQ(splay_str(&t), "20 30 40 60 70 80");
	ATF_CHECK_EQ(splay_check(SPLAY_ROOT(&t), -1, NKEYS), NSOME - 3);
	for (i = 0; i < NSOME; i++)
		SPLAY_REMOVE(sptree, &t, &sn[some[i]]);
	ATF_CHECK(SPLAY_EMPTY(&t));
}

TC(splay_random,
    "a long pseudo-random run of splay inserts, finds and "
    "removes matches a reference set and stays ordered")
{
	struct sptree t = SPLAY_INITIALIZER(&t);
	struct snode *p;
	unsigned int seed = 7;
	char in[NKEYS];
	int i, k, count = 0, bad = 0, walked = 0;

	init_nodes();
	memset(in, 0, sizeof(in));
	for (i = 0; i < 20000; i++) {
		k = (int)(next_rand(&seed) % NKEYS);
		if ((SPLAY_FIND(sptree, &t, &sn[k]) != NULL) != in[k])
			bad++;
		if (in[k]) {
			if (SPLAY_REMOVE(sptree, &t, &sn[k]) != &sn[k])
				bad++;
			in[k] = 0;
			count--;
		} else {
			if (SPLAY_INSERT(sptree, &t, &sn[k]) != NULL)
				bad++;
			in[k] = 1;
			count++;
		}
		if (i % 997 == 0 &&
		    splay_check(SPLAY_ROOT(&t), -1, NKEYS) != count)
			bad++;
	}
	ATF_CHECK_EQ(bad, 0);
	SPLAY_FOREACH(p, sptree, &t)
	{
		ATF_CHECK(in[p->key]);
		walked++;
	}
	ATF_CHECK_EQ(walked, count);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, rb_empty);
	ATF_TP_ADD_TC(tp, rb_insert_order);
	ATF_TP_ADD_TC(tp, rb_insert_duplicate);
	ATF_TP_ADD_TC(tp, rb_find_nfind);
	ATF_TP_ADD_TC(tp, rb_min_max_next_prev);
	ATF_TP_ADD_TC(tp, rb_remove);
	ATF_TP_ADD_TC(tp, rb_foreach_safe);
	ATF_TP_ADD_TC(tp, rb_sorted_runs);
	ATF_TP_ADD_TC(tp, rb_random);
	ATF_TP_ADD_TC(tp, rb_static);
	ATF_TP_ADD_TC(tp, splay_empty);
	ATF_TP_ADD_TC(tp, splay_insert_find);
	ATF_TP_ADD_TC(tp, splay_min_max_next);
	ATF_TP_ADD_TC(tp, splay_remove);
	ATF_TP_ADD_TC(tp, splay_random);
	return atf_no_error();
}
