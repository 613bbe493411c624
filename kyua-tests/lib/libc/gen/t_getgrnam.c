/*
 * t_getgrnam: the group database (/etc/group): group 0 exists; lookups
 * agree with enumeration; members; _r variants and ERANGE;
 * getgrouplist; pwcache's group_from_gid.
 */
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>

#include <atf-c.h>

#include "h_tc.h"

TC(gid0, "getgrgid(0) exists and getgrnam finds it again")
{
	struct group *gr = getgrgid(0);
	char name[256];

	ATF_REQUIRE(gr != NULL);
	ATF_CHECK_EQ(gr->gr_gid, 0);
	ATF_REQUIRE(gr->gr_mem != NULL);
	strcpy(name, gr->gr_name);
	gr = getgrnam(name);
	ATF_REQUIRE(gr != NULL);
	ATF_CHECK_EQ(gr->gr_gid, 0);
}

TC(unknown, "unknown names and gids give NULL")
{
	errno = 0;
	ATF_CHECK(getgrnam("no-such-group-xyzzy") == NULL);
	ATF_CHECK_EQ(errno, 0);
	ATF_CHECK(getgrgid(4000000123u) == NULL);
	ATF_CHECK(getgrnam("") == NULL);
}

TC(enumerate, "getgrent: every group is found by name and gid")
{
	struct group *gr;
	int n = 0;

	setgrent();
	while ((gr = getgrent()) != NULL && n < 10000) {
		char name[256];
		gid_t gid = gr->gr_gid;
		struct group *q;

		n++;
		for (char **m = gr->gr_mem; *m != NULL; m++)
			ATF_CHECK(**m != '\0' && strchr(*m, ',') == NULL);
		strncpy(name, gr->gr_name, sizeof(name) - 1);
		name[sizeof(name) - 1] = '\0';
		q = getgrnam(name);
		ATF_REQUIRE_MSG(q != NULL, "getgrnam(%s)", name);
		ATF_CHECK(getgrgid(gid) != NULL);
	}
	endgrent();
	ATF_CHECK(n > 0);
	ATF_CHECK_EQ(setgroupent(0), 1);
	ATF_CHECK(getgrent() != NULL);
	endgrent();
}

TC(reentrant, "getgrnam_r/getgrgid_r and ERANGE")
{
	struct group gr, *res;
	char buf[2048], small[3];

	ATF_REQUIRE_EQ(getgrgid_r(0, &gr, buf, sizeof(buf), &res), 0);
	ATF_REQUIRE(res == &gr);
	ATF_CHECK(gr.gr_name >= buf && gr.gr_name < buf + sizeof(buf));
	ATF_CHECK(
	    (char *)gr.gr_mem >= buf && (char *)gr.gr_mem < buf + sizeof(buf));
	ATF_CHECK_EQ(getgrnam_r(gr.gr_name, &gr, buf, sizeof(buf), &res), 0);
	ATF_CHECK(res == &gr);
	ATF_CHECK_EQ(getgrgid_r(0, &gr, small, sizeof(small), &res), ERANGE);
	ATF_CHECK(res == NULL);
	ATF_CHECK_EQ(
	    getgrnam_r("no-such-group-xyzzy", &gr, buf, sizeof(buf), &res), 0);
	ATF_CHECK(res == NULL);
}

TC(grouplist, "getgrouplist puts the base group first, no duplicates")
{
	gid_t groups[64];
	int n = 64;

	ATF_REQUIRE_EQ(getgrouplist("root", 0, groups, &n), 0);
	ATF_REQUIRE(n >= 1);
	ATF_CHECK_EQ(groups[0], 0);
	for (int i = 0; i < n; i++)
		for (int j = i + 1; j < n; j++)
			ATF_CHECK(groups[i] != groups[j]);
	n = 64;
	ATF_REQUIRE_EQ(getgrouplist("no-such-user-xyzzy", 77, groups, &n), 0);
	ATF_CHECK_EQ(n, 1);
	ATF_CHECK_EQ(groups[0], 77);
	n = 0;
	ATF_CHECK_EQ(getgrouplist("root", 0, groups, &n), -1);
	ATF_CHECK(n >= 1);
}

TC(pwcache, "group_from_gid and gid_from_group")
{
	struct group *gr = getgrgid(0);
	char name[256];
	gid_t gid = 5;

	ATF_REQUIRE(gr != NULL);
	strcpy(name, gr->gr_name);
	ATF_CHECK_STREQ(group_from_gid(0, 0), name);
	ATF_CHECK_STREQ(group_from_gid(4000000123u, 0), "4000000123");
	ATF_CHECK(group_from_gid(4000000123u, 1) == NULL);
	ATF_CHECK_EQ(gid_from_group(name, &gid), 0);
	ATF_CHECK_EQ(gid, 0);
	ATF_CHECK_EQ(gid_from_group("no-such-group-xyzzy", &gid), -1);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, gid0);
	ATF_TP_ADD_TC(tp, unknown);
	ATF_TP_ADD_TC(tp, enumerate);
	ATF_TP_ADD_TC(tp, reentrant);
	ATF_TP_ADD_TC(tp, grouplist);
	ATF_TP_ADD_TC(tp, pwcache);
	return atf_no_error();
}
