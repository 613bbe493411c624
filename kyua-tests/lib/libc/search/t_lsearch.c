/*
 * t_lsearch: lfind/lsearch on int and string arrays, and insque/remque
 * on linear and circular queues.
 */
#include <search.h>
#include <stdlib.h>
#include <string.h>

#include <atf-c.h>

#include "h_tc.h"

static int
cmpint(const void *a, const void *b)
{
	return *(const int *)a != *(const int *)b;
}

TC(lfind_basic, "lfind finds the first equal element or NULL")
{
	int a[] = { 4, 8, 15, 16, 23, 42, 15 };
	size_t n = 7;
	int k = 15, missing = 5;

	ATF_CHECK(lfind(&k, a, &n, sizeof(int), cmpint) == &a[2]);
	ATF_CHECK(lfind(&missing, a, &n, sizeof(int), cmpint) == NULL);
	ATF_CHECK_EQ(n, 7);
	n = 0;
	ATF_CHECK(lfind(&k, a, &n, sizeof(int), cmpint) == NULL);
}

TC(lsearch_appends, "lsearch appends a missing key and counts it")
{
	int a[8] = { 1, 2, 3 };
	size_t n = 3;
	int k = 9, two = 2;
	int *p;

	p = lsearch(&k, a, &n, sizeof(int), cmpint);
	ATF_CHECK(p == &a[3]);
	ATF_CHECK_EQ(a[3], 9);
	ATF_CHECK_EQ(n, 4);
	p = lsearch(&two, a, &n, sizeof(int), cmpint);
	ATF_CHECK(p == &a[1]);
	ATF_CHECK_EQ(n, 4);
}

static int
cmpstrp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

TC(strings, "lsearch over an array of strings builds a set")
{
	const char *words[] = { "b", "a", "b", "c", "a", "b" };
	char *set[8];
	size_t n = 0;

	for (size_t i = 0; i < 6; i++)
		lsearch(&words[i], set, &n, sizeof(char *), cmpstrp);
	ATF_REQUIRE_EQ(n, 3);
	ATF_CHECK_STREQ(set[0], "b");
	ATF_CHECK_STREQ(set[1], "a");
	ATF_CHECK_STREQ(set[2], "c");
}

struct q {
	struct q *next, *prev;
	int v;
};

TC(insque_linear, "insque/remque on a NULL-terminated linear list")
{
	struct q a = { NULL, NULL, 1 }, b = { NULL, NULL, 2 },
		 c = { NULL, NULL, 3 };

	insque(&a, NULL);
	ATF_CHECK(a.next == NULL && a.prev == NULL);
	insque(&c, &a);
	insque(&b, &a);
	ATF_CHECK(a.next == &b && b.next == &c && c.next == NULL);
	ATF_CHECK(c.prev == &b && b.prev == &a && a.prev == NULL);
	remque(&b);
	ATF_CHECK(a.next == &c && c.prev == &a);
	remque(&c);
	ATF_CHECK(a.next == NULL);
	remque(&a);
}

TC(insque_circular, "insque/remque on a circular queue with a head")
{
	struct q head, x = { NULL, NULL, 1 }, y = { NULL, NULL, 2 };

	head.next = head.prev = &head;
	insque(&x, &head);
	insque(&y, &x);
	ATF_CHECK(head.next == &x && x.next == &y && y.next == &head);
	ATF_CHECK(head.prev == &y && y.prev == &x && x.prev == &head);
	remque(&x);
	ATF_CHECK(head.next == &y && y.prev == &head);
	remque(&y);
	ATF_CHECK(head.next == &head && head.prev == &head);
}

TC(null_args, "NULL arguments are refused, not dereferenced")
{
	int a[2] = { 1, 2 }, k = 1;
	size_t n = 2;

	ATF_CHECK(lfind(NULL, a, &n, sizeof(int), cmpint) == NULL);
	ATF_CHECK(lfind(&k, a, NULL, sizeof(int), cmpint) == NULL);
	ATF_CHECK(lsearch(&k, NULL, &n, sizeof(int), cmpint) == NULL);
	insque(NULL, NULL);
	remque(NULL);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, lfind_basic);
	ATF_TP_ADD_TC(tp, lsearch_appends);
	ATF_TP_ADD_TC(tp, strings);
	ATF_TP_ADD_TC(tp, insque_linear);
	ATF_TP_ADD_TC(tp, insque_circular);
	ATF_TP_ADD_TC(tp, null_args);
	return atf_no_error();
}
