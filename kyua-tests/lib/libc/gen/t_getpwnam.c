/*
 * t_getpwnam: the passwd database (/etc/passwd): root is uid 0 on the
 * host and on Bulkhead; lookups by name and uid agree with enumeration;
 * the _r variants report ERANGE; pwcache.
 */
#include <errno.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>

#include <atf-c.h>

#include "h_tc.h"

TC(root_by_name, "getpwnam(\"root\") is uid 0 with a home and a shell")
{
	struct passwd *pw = getpwnam("root");

	ATF_REQUIRE(pw != NULL);
	ATF_CHECK_STREQ(pw->pw_name, "root");
	ATF_CHECK_EQ(pw->pw_uid, 0);
	ATF_CHECK_EQ(pw->pw_gid, 0);
	ATF_CHECK(pw->pw_dir[0] == '/');
	ATF_CHECK(pw->pw_shell != NULL);
	ATF_CHECK(pw->pw_gecos != NULL && pw->pw_passwd != NULL);
}

TC(root_by_uid, "getpwuid(0) is root")
{
	struct passwd *pw = getpwuid(0);

	ATF_REQUIRE(pw != NULL);
	ATF_CHECK_STREQ(pw->pw_name, "root");
}

TC(unknown, "unknown names and uids give NULL")
{
	errno = 0;
	ATF_CHECK(getpwnam("no-such-user-xyzzy") == NULL);
	ATF_CHECK_EQ(errno, 0);
	ATF_CHECK(getpwuid(4000000123u) == NULL);
	ATF_CHECK(getpwnam("") == NULL);
	ATF_CHECK(getpwnam("roo") == NULL);
	ATF_CHECK(getpwnam("root:") == NULL);
}

TC(reentrant, "getpwnam_r/getpwuid_r into the caller's buffer")
{
	struct passwd pw, *res;
	char buf[1024];

	ATF_REQUIRE_EQ(getpwnam_r("root", &pw, buf, sizeof(buf), &res), 0);
	ATF_REQUIRE(res == &pw);
	ATF_CHECK(pw.pw_name >= buf && pw.pw_name < buf + sizeof(buf));
	ATF_CHECK_STREQ(pw.pw_name, "root");
	ATF_REQUIRE_EQ(getpwuid_r(0, &pw, buf, sizeof(buf), &res), 0);
	ATF_CHECK(res == &pw);
	ATF_REQUIRE_EQ(
	    getpwnam_r("no-such-user-xyzzy", &pw, buf, sizeof(buf), &res), 0);
	ATF_CHECK(res == NULL);
}

TC(erange, "a buffer too small is ERANGE")
{
	struct passwd pw, *res = &pw;
	char buf[4];

	ATF_CHECK_EQ(getpwnam_r("root", &pw, buf, sizeof(buf), &res), ERANGE);
	ATF_CHECK(res == NULL);
	ATF_CHECK_EQ(getpwuid_r(0, &pw, buf, sizeof(buf), &res), ERANGE);
	ATF_CHECK_EQ(getpwnam_r(NULL, &pw, buf, sizeof(buf), &res), EINVAL);
}

TC(enumerate, "getpwent lists root; every entry is found by name and uid")
{
	struct passwd *pw;
	int n = 0, root = 0;

	setpwent();
	while ((pw = getpwent()) != NULL && n < 10000) {
		char name[256];
		uid_t uid = pw->pw_uid;
		struct passwd *q;

		n++;
		if (strcmp(pw->pw_name, "root") == 0)
			root = 1;
		strncpy(name, pw->pw_name, sizeof(name) - 1);
		name[sizeof(name) - 1] = '\0';
		q = getpwnam(name);
		ATF_REQUIRE_MSG(q != NULL, "getpwnam(%s)", name);
		ATF_CHECK_EQ(q->pw_uid, uid);
		ATF_CHECK(getpwuid(uid) != NULL);
	}
	endpwent();
	ATF_CHECK(n > 0);
	ATF_CHECK(root);
}

TC(rewind, "setpwent starts over; setpassent returns 1")
{
	struct passwd *pw;
	char first[256];

	setpwent();
	pw = getpwent();
	ATF_REQUIRE(pw != NULL);
	strcpy(first, pw->pw_name);
	(void)getpwent();
	setpwent();
	pw = getpwent();
	ATF_REQUIRE(pw != NULL);
	ATF_CHECK_STREQ(pw->pw_name, first);
	ATF_CHECK_EQ(setpassent(1), 1);
	pw = getpwent();
	ATF_REQUIRE(pw != NULL);
	ATF_CHECK_STREQ(pw->pw_name, first);
	endpwent();
	pw = getpwent(); /* reopens */
	ATF_REQUIRE(pw != NULL);
	ATF_CHECK_STREQ(pw->pw_name, first);
	endpwent();
}

TC(pwcache, "user_from_uid and uid_from_user")
{
	uid_t uid = 99;

	ATF_CHECK_STREQ(user_from_uid(0, 0), "root");
	ATF_CHECK_STREQ(user_from_uid(0, 1), "root");
	ATF_CHECK_STREQ(user_from_uid(4000000123u, 0), "4000000123");
	ATF_CHECK(user_from_uid(4000000123u, 1) == NULL);
	ATF_CHECK_EQ(uid_from_user("root", &uid), 0);
	ATF_CHECK_EQ(uid, 0);
	ATF_CHECK_EQ(uid_from_user("no-such-user-xyzzy", &uid), -1);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, root_by_name);
	ATF_TP_ADD_TC(tp, root_by_uid);
	ATF_TP_ADD_TC(tp, unknown);
	ATF_TP_ADD_TC(tp, reentrant);
	ATF_TP_ADD_TC(tp, erange);
	ATF_TP_ADD_TC(tp, enumerate);
	ATF_TP_ADD_TC(tp, rewind);
	ATF_TP_ADD_TC(tp, pwcache);
	return atf_no_error();
}
