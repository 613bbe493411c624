/*
 * t_getenv: getenv, setenv, putenv, unsetenv and getenv_r, including
 * invalid names (EINVAL), overwrite rules and growth of the environment.
 */
#include <atf-c.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "h_tc.h"

TC(setenv_getenv, "setenv then getenv returns a copy of the value")
{
	char val[] = "value1";

	ATF_REQUIRE_EQ(setenv("T_GETENV_A", val, 1), 0);
	val[0] = 'X';
	ATF_CHECK_STREQ(getenv("T_GETENV_A"), "value1");
	ATF_CHECK(getenv("T_GETENV_A") != val);
	ATF_CHECK(getenv("T_GETENV_NOT_SET") == NULL);
	ATF_REQUIRE_EQ(setenv("T_GETENV_EMPTY", "", 1), 0);
	ATF_CHECK_STREQ(getenv("T_GETENV_EMPTY"), "");
}

TC(setenv_overwrite, "setenv replaces only when overwrite is nonzero")
{
	ATF_REQUIRE_EQ(setenv("T_GETENV_B", "one", 0), 0);
	ATF_REQUIRE_EQ(setenv("T_GETENV_B", "two", 0), 0);
	ATF_CHECK_STREQ(getenv("T_GETENV_B"), "one");
	ATF_REQUIRE_EQ(setenv("T_GETENV_B", "three", 1), 0);
	ATF_CHECK_STREQ(getenv("T_GETENV_B"), "three");
}

TC(prefix_names, "a name that is a prefix of another is distinct")
{
	ATF_REQUIRE_EQ(setenv("T_PRE", "short", 1), 0);
	ATF_REQUIRE_EQ(setenv("T_PREFIX", "long", 1), 0);
	ATF_CHECK_STREQ(getenv("T_PRE"), "short");
	ATF_CHECK_STREQ(getenv("T_PREFIX"), "long");
	ATF_CHECK(getenv("T_PR") == NULL);
	ATF_REQUIRE_EQ(unsetenv("T_PRE"), 0);
	ATF_CHECK(getenv("T_PRE") == NULL);
	ATF_CHECK_STREQ(getenv("T_PREFIX"), "long");
}

TC(bad_names, "names that are NULL, empty or contain '=' give EINVAL")
{
	errno = 0;
	ATF_CHECK_EQ(setenv("", "x", 1), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(setenv("A=B", "x", 1), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(setenv(NULL, "x", 1), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(unsetenv(""), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(unsetenv("X=Y"), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	ATF_CHECK(getenv("") == NULL);
	ATF_CHECK(getenv("PATH=") == NULL);
}

TC(putenv_uses_string, "putenv inserts the caller's string itself")
{
	static char s[] = "T_PUTENV=first";

	ATF_REQUIRE_EQ(putenv(s), 0);
	ATF_CHECK_STREQ(getenv("T_PUTENV"), "first");
	memcpy(s + 9, "again", 6);
	ATF_CHECK_STREQ(getenv("T_PUTENV"), "again");
	errno = 0;
	ATF_CHECK_EQ(putenv(__UNCONST("NOEQUALS")), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(putenv(__UNCONST("=value")), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(unsetenv_all,
    "unsetenv removes the variable, also when put twice, "
    "and is fine for absent names")
{
	static char a[] = "T_DUP=1";

	ATF_REQUIRE_EQ(setenv("T_DUP", "0", 1), 0);
	ATF_REQUIRE_EQ(putenv(a), 0);
	ATF_REQUIRE_EQ(unsetenv("T_DUP"), 0);
	ATF_CHECK(getenv("T_DUP") == NULL);
	ATF_CHECK_EQ(unsetenv("T_NEVER_SET"), 0);
}

TC(many_variables, "hundreds of variables can be added and read back")
{
	char name[32], val[32];
	int i;

	for (i = 0; i < 300; i++) {
		snprintf(name, sizeof(name), "T_MANY_%d", i);
		snprintf(val, sizeof(val), "v%d", i * 7);
		ATF_REQUIRE_EQ(setenv(name, val, 1), 0);
	}
	for (i = 0; i < 300; i++) {
		snprintf(name, sizeof(name), "T_MANY_%d", i);
		snprintf(val, sizeof(val), "v%d", i * 7);
		ATF_REQUIRE_STREQ(getenv(name), val);
	}
	ATF_REQUIRE_EQ(unsetenv("T_MANY_150"), 0);
	ATF_CHECK(getenv("T_MANY_150") == NULL);
	ATF_CHECK_STREQ(getenv("T_MANY_151"), "v1057");
}

TC(getenv_r_cases, "getenv_r copies, or fails with ENOENT or ERANGE")
{
	char buf[8];

	ATF_REQUIRE_EQ(setenv("T_GETENV_R", "1234567", 1), 0);
	ATF_CHECK_EQ(getenv_r("T_GETENV_R", buf, sizeof(buf)), 0);
	ATF_CHECK_STREQ(buf, "1234567");
	errno = 0;
	ATF_CHECK_EQ(getenv_r("T_GETENV_R", buf, 7), -1);
	ATF_CHECK_EQ(errno, ERANGE);
	errno = 0;
	ATF_CHECK_EQ(getenv_r("T_GETENV_R_NONE", buf, sizeof(buf)), -1);
	ATF_CHECK_EQ(errno, ENOENT);
}

TC(replaced_environ,
    "the functions work on an environ array the "
    "program installed itself")
{
	static char *mine[] = { __UNCONST("ONE=1"), __UNCONST("TWO=2"), NULL };

	environ = mine;
	ATF_CHECK_STREQ(getenv("TWO"), "2");
	ATF_CHECK(getenv("HOME") == NULL);
	ATF_REQUIRE_EQ(setenv("THREE", "3", 1), 0);
	ATF_CHECK_STREQ(getenv("ONE"), "1");
	ATF_CHECK_STREQ(getenv("THREE"), "3");
	ATF_REQUIRE_EQ(unsetenv("ONE"), 0);
	ATF_CHECK(getenv("ONE") == NULL);
	ATF_CHECK_STREQ(getenv("TWO"), "2");
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, setenv_getenv);
	ATF_TP_ADD_TC(tp, setenv_overwrite);
	ATF_TP_ADD_TC(tp, prefix_names);
	ATF_TP_ADD_TC(tp, bad_names);
	ATF_TP_ADD_TC(tp, putenv_uses_string);
	ATF_TP_ADD_TC(tp, unsetenv_all);
	ATF_TP_ADD_TC(tp, many_variables);
	ATF_TP_ADD_TC(tp, getenv_r_cases);
	ATF_TP_ADD_TC(tp, replaced_environ);
	return atf_no_error();
}
