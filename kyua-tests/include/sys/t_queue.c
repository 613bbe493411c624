/*
 * t_queue: the <sys/queue.h> list macros (SLIST, LIST, SIMPLEQ, STAILQ,
 * TAILQ): every insertion and removal form, the loops (including the
 * _SAFE and reverse ones), LAST/PREV, REPLACE and CONCAT.  Each list's
 * contents are checked as a string of values read by its FOREACH, and
 * the tail pointers are checked by appending after every change.
 */
#include <sys/queue.h>

#include <atf-c.h>
#include <stdio.h>
#include <string.h>

#include "h_macros.h"

struct node {
	int v;
	SLIST_ENTRY(node) sl;
	LIST_ENTRY(node) li;
	SIMPLEQ_ENTRY(node) sq;
	STAILQ_ENTRY(node) st;
	TAILQ_ENTRY(node) tq;
};

SLIST_HEAD(slhead, node);
LIST_HEAD(lihead, node);
SIMPLEQ_HEAD(sqhead, node);
STAILQ_HEAD(sthead, node);
TAILQ_HEAD(tqhead, node);

#define NNODES 8
static struct node n[NNODES];

static void
init_nodes(void)
{
	int i;

	memset(n, 0, sizeof(n));
	for (i = 0; i < NNODES; i++)
		n[i].v = i;
}

static char buf[128];

static const char *
sl_str(struct slhead *h)
{
	struct node *p;

	buf[0] = '\0';
	SLIST_FOREACH(p, h, sl)
	append_int(buf, sizeof(buf), p->v);
	return buf;
}

static const char *
li_str(struct lihead *h)
{
	struct node *p;

	buf[0] = '\0';
	LIST_FOREACH(p, h, li)
	append_int(buf, sizeof(buf), p->v);
	return buf;
}

static const char *
sq_str(struct sqhead *h)
{
	struct node *p;

	buf[0] = '\0';
	SIMPLEQ_FOREACH(p, h, sq)
	append_int(buf, sizeof(buf), p->v);
	return buf;
}

static const char *
st_str(struct sthead *h)
{
	struct node *p;

	buf[0] = '\0';
	STAILQ_FOREACH(p, h, st)
	append_int(buf, sizeof(buf), p->v);
	return buf;
}

static const char *
tq_str(struct tqhead *h)
{
	struct node *p;

	buf[0] = '\0';
	TAILQ_FOREACH(p, h, tq)
	append_int(buf, sizeof(buf), p->v);
	return buf;
}

static const char *
tq_rstr(struct tqhead *h)
{
	struct node *p;

	buf[0] = '\0';
	TAILQ_FOREACH_REVERSE(p, h, tqhead, tq)
	append_int(buf, sizeof(buf), p->v);
	return buf;
}

/* ---- SLIST ---- */

TC(slist_empty, "SLIST_HEAD_INITIALIZER and SLIST_INIT give an empty list")
{
	struct slhead a = SLIST_HEAD_INITIALIZER(a), b;
	struct node *p;
	int count = 0;

	SLIST_INIT(&b);
	ATF_CHECK(SLIST_EMPTY(&a));
	ATF_CHECK(SLIST_EMPTY(&b));
	ATF_CHECK(SLIST_FIRST(&a) == NULL);
	ATF_CHECK(SLIST_FIRST(&b) == SLIST_END(&b));
	SLIST_FOREACH(p, &a, sl)
	count++;
	ATF_CHECK_EQ(count, 0);
}

TC(slist_insert, "SLIST_INSERT_HEAD prepends, SLIST_INSERT_AFTER links in")
{
	struct slhead h;

	init_nodes();
	SLIST_INIT(&h);
	SLIST_INSERT_HEAD(&h, &n[1], sl);
	ATF_CHECK(!SLIST_EMPTY(&h));
	SLIST_INSERT_HEAD(&h, &n[2], sl);
	SLIST_INSERT_HEAD(&h, &n[3], sl);
	ATF_CHECK_STREQ(sl_str(&h), "3 2 1");
	SLIST_INSERT_AFTER(&n[2], &n[4], sl);
	SLIST_INSERT_AFTER(&n[1], &n[5], sl);
	ATF_CHECK_STREQ(sl_str(&h), "3 2 4 1 5");
	ATF_CHECK(SLIST_FIRST(&h) == &n[3]);
	ATF_CHECK(SLIST_NEXT(&n[3], sl) == &n[2]);
	ATF_CHECK(SLIST_NEXT(&n[5], sl) == NULL);
}

TC(slist_remove,
    "SLIST_REMOVE_HEAD, SLIST_REMOVE_AFTER and SLIST_REMOVE "
    "of the head, a middle and the last element")
{
	struct slhead h;
	int i;

	init_nodes();
	SLIST_INIT(&h);
	for (i = 5; i >= 0; i--)
		SLIST_INSERT_HEAD(&h, &n[i], sl);
	ATF_REQUIRE_STREQ(sl_str(&h), "0 1 2 3 4 5");
	SLIST_REMOVE_HEAD(&h, sl);
	ATF_CHECK_STREQ(sl_str(&h), "1 2 3 4 5");
	SLIST_REMOVE_AFTER(&n[2], sl);
	ATF_CHECK_STREQ(sl_str(&h), "1 2 4 5");
	SLIST_REMOVE(&h, &n[4], node, sl);
	ATF_CHECK_STREQ(sl_str(&h), "1 2 5");
	SLIST_REMOVE(&h, &n[5], node, sl);
	ATF_CHECK_STREQ(sl_str(&h), "1 2");
	SLIST_REMOVE(&h, &n[1], node, sl);
	ATF_CHECK_STREQ(sl_str(&h), "2");
	SLIST_REMOVE(&h, &n[2], node, sl);
	ATF_CHECK(SLIST_EMPTY(&h));
}

TC(slist_foreach_safe,
    "SLIST_FOREACH_SAFE survives removing the current "
    "element")
{
	struct slhead h;
	struct node *p, *t;
	int i, seen = 0;

	init_nodes();
	SLIST_INIT(&h);
	for (i = NNODES - 1; i >= 0; i--)
		SLIST_INSERT_HEAD(&h, &n[i], sl);
	SLIST_FOREACH_SAFE(p, &h, sl, t)
	{
		seen++;
		if (p->v % 2 == 0)
			SLIST_REMOVE(&h, p, node, sl);
	}
	ATF_CHECK_EQ(seen, NNODES);
	ATF_CHECK_STREQ(sl_str(&h), "1 3 5 7");
}

/* ---- LIST ---- */

TC(list_insert,
    "LIST_INSERT_HEAD, LIST_INSERT_AFTER, LIST_INSERT_BEFORE "
    "(also before the first element)")
{
	struct lihead h = LIST_HEAD_INITIALIZER(h);

	init_nodes();
	ATF_CHECK(LIST_EMPTY(&h));
	ATF_CHECK(LIST_FIRST(&h) == LIST_END(&h));
	LIST_INSERT_HEAD(&h, &n[2], li);
	LIST_INSERT_HEAD(&h, &n[1], li);
	ATF_CHECK_STREQ(li_str(&h), "1 2");
	LIST_INSERT_AFTER(&n[2], &n[4], li);
	LIST_INSERT_BEFORE(&n[4], &n[3], li);
	ATF_CHECK_STREQ(li_str(&h), "1 2 3 4");
	LIST_INSERT_BEFORE(&n[1], &n[0], li);
	ATF_CHECK_STREQ(li_str(&h), "0 1 2 3 4");
	ATF_CHECK(LIST_FIRST(&h) == &n[0]);
	ATF_CHECK(LIST_NEXT(&n[3], li) == &n[4]);
	ATF_CHECK(LIST_NEXT(&n[4], li) == NULL);
}

TC(list_remove,
    "LIST_REMOVE of the first, a middle and the last element "
    "keeps the back links right")
{
	struct lihead h;
	int i;

	init_nodes();
	LIST_INIT(&h);
	for (i = 5; i >= 0; i--)
		LIST_INSERT_HEAD(&h, &n[i], li);
	LIST_REMOVE(&n[0], li);
	ATF_CHECK_STREQ(li_str(&h), "1 2 3 4 5");
	LIST_REMOVE(&n[3], li);
	ATF_CHECK_STREQ(li_str(&h), "1 2 4 5");
	LIST_REMOVE(&n[5], li);
	ATF_CHECK_STREQ(li_str(&h), "1 2 4");
	/* The back links must still work: insert before what moved up. */
	LIST_INSERT_BEFORE(&n[4], &n[3], li);
	LIST_INSERT_BEFORE(&n[1], &n[0], li);
	ATF_CHECK_STREQ(li_str(&h), "0 1 2 3 4");
	LIST_REMOVE(&n[1], li);
	LIST_REMOVE(&n[0], li);
	LIST_REMOVE(&n[4], li);
	LIST_REMOVE(&n[2], li);
	LIST_REMOVE(&n[3], li);
	ATF_CHECK(LIST_EMPTY(&h));
}

TC(list_replace, "LIST_REPLACE puts a new element in place of an old one")
{
	struct lihead h;

	init_nodes();
	LIST_INIT(&h);
	LIST_INSERT_HEAD(&h, &n[3], li);
	LIST_INSERT_HEAD(&h, &n[2], li);
	LIST_INSERT_HEAD(&h, &n[1], li);
	LIST_REPLACE(&n[2], &n[7], li);
	ATF_CHECK_STREQ(li_str(&h), "1 7 3");
	LIST_REPLACE(&n[1], &n[6], li);
	ATF_CHECK_STREQ(li_str(&h), "6 7 3");
	LIST_REPLACE(&n[3], &n[5], li);
	ATF_CHECK_STREQ(li_str(&h), "6 7 5");
	LIST_REMOVE(&n[7], li);
	ATF_CHECK_STREQ(li_str(&h), "6 5");
	LIST_REMOVE(&n[6], li);
	ATF_CHECK(LIST_FIRST(&h) == &n[5]);
}

TC(list_foreach_safe,
    "LIST_FOREACH_SAFE survives removing the current "
    "element")
{
	struct lihead h;
	struct node *p, *t;
	int i;

	init_nodes();
	LIST_INIT(&h);
	for (i = NNODES - 1; i >= 0; i--)
		LIST_INSERT_HEAD(&h, &n[i], li);
	LIST_FOREACH_SAFE(p, &h, li, t)
	if (p->v % 3 != 0)
		LIST_REMOVE(p, li);
	ATF_CHECK_STREQ(li_str(&h), "0 3 6");
}

/* ---- SIMPLEQ ---- */

TC(simpleq_insert,
    "SIMPLEQ_INSERT_HEAD, _TAIL and _AFTER (also after the "
    "last element, which moves the tail)")
{
	struct sqhead h = SIMPLEQ_HEAD_INITIALIZER(h);

	init_nodes();
	ATF_CHECK(SIMPLEQ_EMPTY(&h));
	SIMPLEQ_INSERT_TAIL(&h, &n[2], sq);
	SIMPLEQ_INSERT_HEAD(&h, &n[1], sq);
	SIMPLEQ_INSERT_TAIL(&h, &n[4], sq);
	ATF_CHECK_STREQ(sq_str(&h), "1 2 4");
	SIMPLEQ_INSERT_AFTER(&h, &n[2], &n[3], sq);
	SIMPLEQ_INSERT_AFTER(&h, &n[4], &n[5], sq);
	SIMPLEQ_INSERT_TAIL(&h, &n[6], sq);
	ATF_CHECK_STREQ(sq_str(&h), "1 2 3 4 5 6");
	ATF_CHECK(SIMPLEQ_FIRST(&h) == &n[1]);
	ATF_CHECK(SIMPLEQ_NEXT(&n[6], sq) == SIMPLEQ_END(&h));
}

TC(simpleq_remove,
    "SIMPLEQ_REMOVE_HEAD, _REMOVE_AFTER and _REMOVE keep "
    "the tail pointer right (checked by appending)")
{
	struct sqhead h;
	int i;

	init_nodes();
	SIMPLEQ_INIT(&h);
	for (i = 0; i < 5; i++)
		SIMPLEQ_INSERT_TAIL(&h, &n[i], sq);
	SIMPLEQ_REMOVE_HEAD(&h, sq);
	ATF_CHECK_STREQ(sq_str(&h), "1 2 3 4");
	SIMPLEQ_REMOVE_AFTER(&h, &n[3], sq);
	SIMPLEQ_INSERT_TAIL(&h, &n[7], sq);
	ATF_CHECK_STREQ(sq_str(&h), "1 2 3 7");
	SIMPLEQ_REMOVE(&h, &n[7], node, sq);
	SIMPLEQ_INSERT_TAIL(&h, &n[6], sq);
	ATF_CHECK_STREQ(sq_str(&h), "1 2 3 6");
	SIMPLEQ_REMOVE(&h, &n[2], node, sq);
	SIMPLEQ_REMOVE(&h, &n[1], node, sq);
	ATF_CHECK_STREQ(sq_str(&h), "3 6");
	SIMPLEQ_REMOVE_HEAD(&h, sq);
	SIMPLEQ_REMOVE_HEAD(&h, sq);
	ATF_CHECK(SIMPLEQ_EMPTY(&h));
	/* An emptied queue must append at its head again. */
	SIMPLEQ_INSERT_TAIL(&h, &n[0], sq);
	ATF_CHECK_STREQ(sq_str(&h), "0");
	ATF_CHECK(SIMPLEQ_FIRST(&h) == &n[0]);
}

TC(simpleq_concat,
    "SIMPLEQ_CONCAT appends the second queue and empties it; "
    "an empty second queue changes nothing")
{
	struct sqhead a, b;

	init_nodes();
	SIMPLEQ_INIT(&a);
	SIMPLEQ_INIT(&b);
	SIMPLEQ_INSERT_TAIL(&a, &n[0], sq);
	SIMPLEQ_INSERT_TAIL(&a, &n[1], sq);
	SIMPLEQ_CONCAT(&a, &b);
	ATF_CHECK_STREQ(sq_str(&a), "0 1");
	SIMPLEQ_INSERT_TAIL(&b, &n[2], sq);
	SIMPLEQ_INSERT_TAIL(&b, &n[3], sq);
	SIMPLEQ_CONCAT(&a, &b);
	ATF_CHECK_STREQ(sq_str(&a), "0 1 2 3");
	ATF_CHECK(SIMPLEQ_EMPTY(&b));
	SIMPLEQ_INSERT_TAIL(&a, &n[4], sq);
	SIMPLEQ_INSERT_TAIL(&b, &n[5], sq);
	ATF_CHECK_STREQ(sq_str(&a), "0 1 2 3 4");
	ATF_CHECK_STREQ(sq_str(&b), "5");
	/* Into an empty queue. */
	SIMPLEQ_INIT(&a);
	SIMPLEQ_CONCAT(&a, &b);
	ATF_CHECK_STREQ(sq_str(&a), "5");
}

TC(simpleq_foreach_safe,
    "SIMPLEQ_FOREACH_SAFE survives removing the "
    "current element")
{
	struct sqhead h;
	struct node *p, *t;
	int i;

	init_nodes();
	SIMPLEQ_INIT(&h);
	for (i = 0; i < NNODES; i++)
		SIMPLEQ_INSERT_TAIL(&h, &n[i], sq);
	SIMPLEQ_FOREACH_SAFE(p, &h, sq, t)
	if (p->v >= 4)
		SIMPLEQ_REMOVE(&h, p, node, sq);
	SIMPLEQ_INSERT_TAIL(&h, &n[7], sq);
	ATF_CHECK_STREQ(sq_str(&h), "0 1 2 3 7");
}

/* ---- STAILQ ---- */

TC(stailq_all,
    "STAILQ: insert head/tail/after, remove head/after/any, "
    "concat and the safe loop")
{
	struct sthead a = STAILQ_HEAD_INITIALIZER(a), b;
	struct node *p, *t;

	init_nodes();
	STAILQ_INIT(&b);
	ATF_CHECK(STAILQ_EMPTY(&a));
	STAILQ_INSERT_TAIL(&a, &n[1], st);
	STAILQ_INSERT_HEAD(&a, &n[0], st);
	STAILQ_INSERT_AFTER(&a, &n[1], &n[3], st);
	STAILQ_INSERT_AFTER(&a, &n[1], &n[2], st);
	ATF_CHECK_STREQ(st_str(&a), "0 1 2 3");
	ATF_CHECK(STAILQ_FIRST(&a) == &n[0]);
	ATF_CHECK(STAILQ_NEXT(&n[3], st) == STAILQ_END(&a));
	STAILQ_REMOVE_HEAD(&a, st);
	STAILQ_REMOVE_AFTER(&a, &n[2], st);
	ATF_CHECK_STREQ(st_str(&a), "1 2");
	STAILQ_INSERT_TAIL(&b, &n[4], st);
	STAILQ_INSERT_TAIL(&b, &n[5], st);
	STAILQ_CONCAT(&a, &b);
	ATF_CHECK(STAILQ_EMPTY(&b));
	ATF_CHECK_STREQ(st_str(&a), "1 2 4 5");
	STAILQ_REMOVE(&a, &n[4], node, st);
	ATF_CHECK_STREQ(st_str(&a), "1 2 5");
	STAILQ_FOREACH_SAFE(p, &a, st, t)
	if (p->v != 2)
		STAILQ_REMOVE(&a, p, node, st);
	STAILQ_INSERT_TAIL(&a, &n[6], st);
	ATF_CHECK_STREQ(st_str(&a), "2 6");
}

/* ---- TAILQ ---- */

TC(tailq_insert,
    "TAILQ_INSERT_HEAD, _TAIL, _AFTER, _BEFORE; TAILQ_LAST "
    "and the reverse walk")
{
	struct tqhead h = TAILQ_HEAD_INITIALIZER(h);

	init_nodes();
	ATF_CHECK(TAILQ_EMPTY(&h));
	ATF_CHECK(TAILQ_FIRST(&h) == TAILQ_END(&h));
	TAILQ_INSERT_TAIL(&h, &n[2], tq);
	ATF_CHECK(TAILQ_LAST(&h, tqhead) == &n[2]);
	TAILQ_INSERT_HEAD(&h, &n[0], tq);
	TAILQ_INSERT_TAIL(&h, &n[5], tq);
	TAILQ_INSERT_AFTER(&h, &n[0], &n[1], tq);
	TAILQ_INSERT_BEFORE(&n[5], &n[4], tq);
	TAILQ_INSERT_BEFORE(&n[4], &n[3], tq);
	TAILQ_INSERT_AFTER(&h, &n[5], &n[6], tq);
	TAILQ_INSERT_BEFORE(&n[0], &n[7], tq);
	ATF_CHECK_STREQ(tq_str(&h), "7 0 1 2 3 4 5 6");
	ATF_CHECK_STREQ(tq_rstr(&h), "6 5 4 3 2 1 0 7");
	ATF_CHECK(TAILQ_FIRST(&h) == &n[7]);
	ATF_CHECK(TAILQ_LAST(&h, tqhead) == &n[6]);
}

TC(tailq_prev_next, "TAILQ_PREV and TAILQ_NEXT at both ends and inside")
{
	struct tqhead h;
	int i;

	init_nodes();
	TAILQ_INIT(&h);
	for (i = 0; i < 4; i++)
		TAILQ_INSERT_TAIL(&h, &n[i], tq);
	ATF_CHECK(TAILQ_PREV(&n[0], tqhead, tq) == NULL);
	ATF_CHECK(TAILQ_PREV(&n[1], tqhead, tq) == &n[0]);
	ATF_CHECK(TAILQ_PREV(&n[3], tqhead, tq) == &n[2]);
	ATF_CHECK(TAILQ_NEXT(&n[0], tq) == &n[1]);
	ATF_CHECK(TAILQ_NEXT(&n[3], tq) == NULL);
}

TC(tailq_remove,
    "TAILQ_REMOVE of the first, a middle and the last element "
    "keeps TAILQ_LAST and TAILQ_PREV right")
{
	struct tqhead h;
	int i;

	init_nodes();
	TAILQ_INIT(&h);
	for (i = 0; i < 5; i++)
		TAILQ_INSERT_TAIL(&h, &n[i], tq);
	TAILQ_REMOVE(&h, &n[4], tq);
	ATF_CHECK(TAILQ_LAST(&h, tqhead) == &n[3]);
	TAILQ_REMOVE(&h, &n[0], tq);
	ATF_CHECK(TAILQ_PREV(&n[1], tqhead, tq) == NULL);
	TAILQ_REMOVE(&h, &n[2], tq);
	ATF_CHECK(TAILQ_PREV(&n[3], tqhead, tq) == &n[1]);
	ATF_CHECK_STREQ(tq_str(&h), "1 3");
	ATF_CHECK_STREQ(tq_rstr(&h), "3 1");
	TAILQ_INSERT_TAIL(&h, &n[7], tq);
	ATF_CHECK_STREQ(tq_str(&h), "1 3 7");
	TAILQ_REMOVE(&h, &n[1], tq);
	TAILQ_REMOVE(&h, &n[3], tq);
	TAILQ_REMOVE(&h, &n[7], tq);
	ATF_CHECK(TAILQ_EMPTY(&h));
	TAILQ_INSERT_TAIL(&h, &n[6], tq);
	ATF_CHECK(TAILQ_FIRST(&h) == &n[6]);
	ATF_CHECK(TAILQ_LAST(&h, tqhead) == &n[6]);
}

TC(tailq_replace, "TAILQ_REPLACE at the head, inside and at the tail")
{
	struct tqhead h;
	int i;

	init_nodes();
	TAILQ_INIT(&h);
	for (i = 0; i < 3; i++)
		TAILQ_INSERT_TAIL(&h, &n[i], tq);
	TAILQ_REPLACE(&h, &n[0], &n[5], tq);
	TAILQ_REPLACE(&h, &n[1], &n[6], tq);
	TAILQ_REPLACE(&h, &n[2], &n[7], tq);
	ATF_CHECK_STREQ(tq_str(&h), "5 6 7");
	ATF_CHECK_STREQ(tq_rstr(&h), "7 6 5");
	ATF_CHECK(TAILQ_LAST(&h, tqhead) == &n[7]);
	TAILQ_INSERT_TAIL(&h, &n[3], tq);
	ATF_CHECK_STREQ(tq_str(&h), "5 6 7 3");
}

TC(tailq_concat,
    "TAILQ_CONCAT appends and empties the second queue; the "
    "joined queue walks both ways")
{
	struct tqhead a, b;

	init_nodes();
	TAILQ_INIT(&a);
	TAILQ_INIT(&b);
	TAILQ_CONCAT(&a, &b, tq);
	ATF_CHECK(TAILQ_EMPTY(&a));
	TAILQ_INSERT_TAIL(&a, &n[0], tq);
	TAILQ_INSERT_TAIL(&a, &n[1], tq);
	TAILQ_INSERT_TAIL(&b, &n[2], tq);
	TAILQ_INSERT_TAIL(&b, &n[3], tq);
	TAILQ_CONCAT(&a, &b, tq);
	ATF_CHECK(TAILQ_EMPTY(&b));
	ATF_CHECK_STREQ(tq_str(&a), "0 1 2 3");
	ATF_CHECK_STREQ(tq_rstr(&a), "3 2 1 0");
	ATF_CHECK(TAILQ_PREV(&n[2], tqhead, tq) == &n[1]);
	TAILQ_REMOVE(&a, &n[2], tq);
	ATF_CHECK_STREQ(tq_str(&a), "0 1 3");
	TAILQ_INSERT_TAIL(&b, &n[4], tq);
	ATF_CHECK_STREQ(tq_str(&b), "4");
}

TC(tailq_foreach_safe,
    "TAILQ_FOREACH_SAFE and TAILQ_FOREACH_REVERSE_SAFE "
    "survive removing the current element")
{
	struct tqhead h;
	struct node *p, *t;
	int i, order[NNODES], k = 0;

	init_nodes();
	TAILQ_INIT(&h);
	for (i = 0; i < NNODES; i++)
		TAILQ_INSERT_TAIL(&h, &n[i], tq);
	TAILQ_FOREACH_SAFE(p, &h, tq, t)
	if (p->v % 2 == 1)
		TAILQ_REMOVE(&h, p, tq);
	ATF_CHECK_STREQ(tq_str(&h), "0 2 4 6");
	TAILQ_FOREACH_REVERSE_SAFE(p, &h, tqhead, tq, t)
	{
		order[k++] = p->v;
		TAILQ_REMOVE(&h, p, tq);
	}
	ATF_REQUIRE_EQ(k, 4);
	ATF_CHECK_EQ(order[0], 6);
	ATF_CHECK_EQ(order[3], 0);
	ATF_CHECK(TAILQ_EMPTY(&h));
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, slist_empty);
	ATF_TP_ADD_TC(tp, slist_insert);
	ATF_TP_ADD_TC(tp, slist_remove);
	ATF_TP_ADD_TC(tp, slist_foreach_safe);
	ATF_TP_ADD_TC(tp, list_insert);
	ATF_TP_ADD_TC(tp, list_remove);
	ATF_TP_ADD_TC(tp, list_replace);
	ATF_TP_ADD_TC(tp, list_foreach_safe);
	ATF_TP_ADD_TC(tp, simpleq_insert);
	ATF_TP_ADD_TC(tp, simpleq_remove);
	ATF_TP_ADD_TC(tp, simpleq_concat);
	ATF_TP_ADD_TC(tp, simpleq_foreach_safe);
	ATF_TP_ADD_TC(tp, stailq_all);
	ATF_TP_ADD_TC(tp, tailq_insert);
	ATF_TP_ADD_TC(tp, tailq_prev_next);
	ATF_TP_ADD_TC(tp, tailq_remove);
	ATF_TP_ADD_TC(tp, tailq_replace);
	ATF_TP_ADD_TC(tp, tailq_concat);
	ATF_TP_ADD_TC(tp, tailq_foreach_safe);
	return atf_no_error();
}
