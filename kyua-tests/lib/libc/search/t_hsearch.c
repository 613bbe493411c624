/*
 * t_hsearch: hcreate/hsearch/hdestroy and NetBSD's reentrant
 * hcreate_r/hsearch_r/hdestroy_r/hdestroy1(_r): ENTER, FIND, errno,
 * growth beyond the requested size, stable entry addresses.
 */
#include <errno.h>
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <atf-c.h>

#include "h_tc.h"

static ENTRY
ent(char *key, void *data)
{
	ENTRY e;

	e.key = key;
	e.data = data;
	return e;
}

TC(enter_find, "ENTER adds, FIND finds, ENTER of an existing key keeps it")
{
	int one = 1, two = 2;
	ENTRY *e;

	ATF_REQUIRE(hcreate(10) != 0);
	e = hsearch(ent("one", &one), ENTER);
	ATF_REQUIRE(e != NULL);
	ATF_CHECK(e->data == &one);
	e = hsearch(ent("one", &two), ENTER);
	ATF_REQUIRE(e != NULL);
	ATF_CHECK(e->data == &one);
	e = hsearch(ent("one", NULL), FIND);
	ATF_REQUIRE(e != NULL);
	ATF_CHECK_STREQ(e->key, "one");
	hdestroy();
}

TC(find_missing, "FIND of an absent key is NULL with ESRCH")
{
	ATF_REQUIRE(hcreate(4) != 0);
	errno = 0;
	ATF_CHECK(hsearch(ent("nope", NULL), FIND) == NULL);
	ATF_CHECK_EQ(errno, ESRCH);
	hdestroy();
}

TC(many, "10000 keys in a table made for 16: all found, data intact")
{
	char key[32];
	ENTRY *e;

	ATF_REQUIRE(hcreate(16) != 0);
	for (long i = 0; i < 10000; i++) {
		snprintf(key, sizeof(key), "key%ld", i);
		ATF_REQUIRE(
		    hsearch(ent(strdup(key), (void *)i), ENTER) != NULL);
	}
	for (long i = 0; i < 10000; i++) {
		snprintf(key, sizeof(key), "key%ld", i);
		e = hsearch(ent(key, NULL), FIND);
		ATF_REQUIRE_MSG(e != NULL, "%s", key);
		ATF_REQUIRE_EQ((long)e->data, i);
	}
	ATF_CHECK(hsearch(ent("key10000", NULL), FIND) == NULL);
	hdestroy1(free, NULL);
}

TC(stable_entries, "entry addresses stay valid while the table grows")
{
	char key[32];
	ENTRY *first;

	ATF_REQUIRE(hcreate(1) != 0);
	first = hsearch(ent(strdup("first"), NULL), ENTER);
	ATF_REQUIRE(first != NULL);
	for (int i = 0; i < 1000; i++) {
		snprintf(key, sizeof(key), "k%d", i);
		hsearch(ent(strdup(key), NULL), ENTER);
	}
	ATF_CHECK(hsearch(ent("first", NULL), FIND) == first);
	ATF_CHECK_STREQ(first->key, "first");
	hdestroy1(free, NULL);
}

TC(lifecycle, "hcreate twice is EINVAL; no table is EINVAL; recreate works")
{
	ATF_REQUIRE(hcreate(8) != 0);
	errno = 0;
	ATF_CHECK_EQ(hcreate(8), 0);
	ATF_CHECK_EQ(errno, EINVAL);
	hdestroy();
	errno = 0;
	ATF_CHECK(hsearch(ent("x", NULL), FIND) == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
	hdestroy();
	ATF_REQUIRE(hcreate(8) != 0);
	ATF_CHECK(hsearch(ent("x", NULL), ENTER) != NULL);
	hdestroy();
}

TC(reentrant, "two hsearch_r tables are independent")
{
	struct hsearch_data a, b;
	ENTRY *e;

	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	ATF_REQUIRE(hcreate_r(8, &a) != 0);
	ATF_REQUIRE(hcreate_r(8, &b) != 0);
	ATF_REQUIRE(hsearch_r(ent("k", "in a"), ENTER, &e, &a) != 0);
	ATF_CHECK_EQ(hsearch_r(ent("k", NULL), FIND, &e, &b), 0);
	ATF_CHECK_EQ(errno, ESRCH);
	ATF_REQUIRE(hsearch_r(ent("k", NULL), FIND, &e, &a) != 0);
	ATF_CHECK_STREQ((char *)e->data, "in a");
	hdestroy_r(&a);
	hdestroy_r(&b);
	ATF_CHECK_EQ(hcreate_r(8, NULL), 0);
	ATF_CHECK_EQ(hsearch_r(ent("k", NULL), FIND, NULL, &a), 0);
}

static int keys_freed, data_freed;

static void
fk(void *p)
{
	keys_freed++;
	free(p);
}

static void
fd(void *p)
{
	data_freed++;
	free(p);
}

TC(destroy_callbacks, "hdestroy1_r frees keys and data")
{
	struct hsearch_data h;
	ENTRY *e;

	ATF_REQUIRE(hcreate_r(4, &h) != 0);
	for (int i = 0; i < 50; i++) {
		char key[16];

		snprintf(key, sizeof(key), "%d", i);
		ATF_REQUIRE(
		    hsearch_r(ent(strdup(key), malloc(4)), ENTER, &e, &h) != 0);
	}
	keys_freed = data_freed = 0;
	hdestroy1_r(&h, fk, fd);
	ATF_CHECK_EQ(keys_freed, 50);
	ATF_CHECK_EQ(data_freed, 50);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, enter_find);
	ATF_TP_ADD_TC(tp, find_missing);
	ATF_TP_ADD_TC(tp, many);
	ATF_TP_ADD_TC(tp, stable_entries);
	ATF_TP_ADD_TC(tp, lifecycle);
	ATF_TP_ADD_TC(tp, reentrant);
	ATF_TP_ADD_TC(tp, destroy_callbacks);
	return atf_no_error();
}
