/*
 * t_tsearch: tsearch/tfind/tdelete/twalk/tdestroy: insertion, lookup,
 * deletion against a reference bitmap, in-order walks, balance (depth
 * stays logarithmic), and the POSIX return values.
 */
#include <search.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <atf-c.h>

#include "h_tc.h"

static int
cmpint(const void *a, const void *b)
{
	intptr_t x = (intptr_t)a, y = (intptr_t)b;

	return x < y ? -1 : x > y;
}

#define K(i)	    ((void *)(intptr_t)(i))
#define KEYOF(node) ((intptr_t) * (void *const *)(node))

TC(insert_find, "tsearch inserts once; tfind finds; the node holds the key")
{
	void *root = NULL, *n1, *n2;

	ATF_CHECK(tfind(K(5), &root, cmpint) == NULL);
	n1 = tsearch(K(5), &root, cmpint);
	ATF_REQUIRE(n1 != NULL);
	ATF_CHECK_EQ(KEYOF(n1), 5);
	n2 = tsearch(K(5), &root, cmpint);
	ATF_CHECK(n1 == n2);
	ATF_CHECK(tfind(K(5), &root, cmpint) == n1);
	ATF_CHECK(tfind(K(6), &root, cmpint) == NULL);
	tdestroy(root, NULL);
}

static intptr_t walked[5000];
static int nwalked, maxdepth, bad_order;

static void
collect(const void *node, VISIT v, int depth)
{
	if (depth > maxdepth)
		maxdepth = depth;
	if (v == postorder || v == leaf) {
		if (nwalked > 0 && walked[nwalked - 1] >= KEYOF(node))
			bad_order = 1;
		walked[nwalked++] = KEYOF(node);
	}
}

TC(walk_order, "twalk visits keys in order (postorder/leaf), with depths")
{
	void *root = NULL;

	for (int i = 0; i < 1000; i++)
		tsearch(K((i * 7919) % 1000), &root, cmpint);
	nwalked = maxdepth = bad_order = 0;
	twalk(root, collect);
	ATF_CHECK_EQ(nwalked, 1000);
	ATF_CHECK_EQ(bad_order, 0);
	ATF_CHECK_EQ(walked[0], 0);
	ATF_CHECK_EQ(walked[999], 999);
	tdestroy(root, NULL);
}

TC(balanced, "4095 ascending keys give a tree of depth below 16")
{
	void *root = NULL;

	for (int i = 0; i < 4095; i++)
		ATF_REQUIRE(tsearch(K(i), &root, cmpint) != NULL);
	nwalked = maxdepth = bad_order = 0;
	twalk(root, collect);
	ATF_CHECK_EQ(nwalked, 4095);
	ATF_CHECK_MSG(maxdepth < 16, "depth %d", maxdepth);
	tdestroy(root, NULL);
}

static int visits[4];

static void
countvisits(const void *node, VISIT v, int depth)
{
	(void)node;
	(void)depth;
	visits[v]++;
}

TC(visit_kinds, "inner nodes are visited three times, leaves once")
{
	void *root = NULL;

	tsearch(K(2), &root, cmpint);
	tsearch(K(1), &root, cmpint);
	tsearch(K(3), &root, cmpint);
	memset(visits, 0, sizeof(visits));
	twalk(root, countvisits);
	ATF_CHECK_EQ(visits[preorder], 1);
	ATF_CHECK_EQ(visits[postorder], 1);
	ATF_CHECK_EQ(visits[endorder], 1);
	ATF_CHECK_EQ(visits[leaf], 2);
	twalk(NULL, countvisits);
	tdestroy(root, NULL);
}

TC(delete, "tdelete removes keys; returns the parent or non-NULL")
{
	void *root = NULL, *p;

	for (int i = 1; i <= 3; i++)
		tsearch(K(i), &root, cmpint);
	/* the tree is 2 with children 1 and 3 */
	p = tdelete(K(1), &root, cmpint);
	ATF_REQUIRE(p != NULL);
	ATF_CHECK_EQ(KEYOF(p), 2);
	ATF_CHECK(tfind(K(1), &root, cmpint) == NULL);
	ATF_CHECK(tdelete(K(1), &root, cmpint) == NULL);
	ATF_CHECK(tdelete(K(2), &root, cmpint) != NULL);
	ATF_CHECK(tdelete(K(3), &root, cmpint) != NULL);
	ATF_CHECK(root == NULL);
	ATF_CHECK(tdelete(K(3), &root, cmpint) == NULL);
}

TC(random_ops, "20000 random inserts and deletes agree with a bitmap")
{
	static unsigned char in[2048];
	void *root = NULL;
	uint64_t x = 42;
	int count = 0;

	memset(in, 0, sizeof(in));
	for (int i = 0; i < 20000; i++) {
		int k;

		x = x * 6364136223846793005ULL + 1442695040888963407ULL;
		k = (int)(x >> 40) % 2048;
		if ((x >> 20) & 1) {
			ATF_REQUIRE(tsearch(K(k), &root, cmpint) != NULL);
			count += !in[k];
			in[k] = 1;
		} else {
			void *r = tdelete(K(k), &root, cmpint);

			ATF_REQUIRE((r != NULL) == (in[k] != 0));
			count -= in[k];
			in[k] = 0;
		}
	}
	for (int k = 0; k < 2048; k++)
		ATF_REQUIRE((tfind(K(k), &root, cmpint) != NULL) == in[k]);
	nwalked = maxdepth = bad_order = 0;
	twalk(root, collect);
	ATF_CHECK_EQ(nwalked, count);
	ATF_CHECK_EQ(bad_order, 0);
	ATF_CHECK(maxdepth < 16);
	tdestroy(root, NULL);
}

static int freed;

static void
freekey(void *k)
{
	freed++;
	free(k);
}

static int
cmpstr(const void *a, const void *b)
{
	return strcmp(a, b);
}

TC(destroy, "tdestroy calls the free function once per key")
{
	void *root = NULL;
	char buf[16];

	for (int i = 0; i < 100; i++) {
		snprintf(buf, sizeof(buf), "k%d", i);
		ATF_REQUIRE(tsearch(strdup(buf), &root, cmpstr) != NULL);
	}
	ATF_CHECK(tfind("k42", &root, cmpstr) != NULL);
	freed = 0;
	tdestroy(root, freekey);
	ATF_CHECK_EQ(freed, 100);
	tdestroy(NULL, freekey);
}

TC(null_args, "NULL root pointers give NULL")
{
	ATF_CHECK(tsearch(K(1), NULL, cmpint) == NULL);
	ATF_CHECK(tfind(K(1), NULL, cmpint) == NULL);
	ATF_CHECK(tdelete(K(1), NULL, cmpint) == NULL);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, insert_find);
	ATF_TP_ADD_TC(tp, walk_order);
	ATF_TP_ADD_TC(tp, balanced);
	ATF_TP_ADD_TC(tp, visit_kinds);
	ATF_TP_ADD_TC(tp, delete);
	ATF_TP_ADD_TC(tp, random_ops);
	ATF_TP_ADD_TC(tp, destroy);
	ATF_TP_ADD_TC(tp, null_args);
	return atf_no_error();
}
