/*
 * t_domainname: getdomainname(3) and setdomainname(3): the name read
 * back, NetBSD's truncation rule (at most namelen bytes, unterminated
 * when it does not fit), EFAULT and EINVAL, EPERM when unprivileged, and
 * a set-and-restore round trip when running as root.
 */
#include <atf-c.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/param.h>
#include <sys/wait.h>
#include <unistd.h>

#include "h_tc.h"

/* The current domain name, NUL-terminated. */
static void
current(char *buf)
{
	memset(buf, 'x', MAXHOSTNAMELEN);
	ATF_REQUIRE_EQ(getdomainname(buf, MAXHOSTNAMELEN), 0);
	ATF_REQUIRE(memchr(buf, '\0', MAXHOSTNAMELEN) != NULL);
}

TC(get_terminated, "a large buffer gets the whole name and its NUL")
{
	char buf[MAXHOSTNAMELEN], again[MAXHOSTNAMELEN];

	current(buf);
	current(again);
	ATF_CHECK_STREQ(buf, again);
	ATF_CHECK(strlen(buf) < MAXHOSTNAMELEN);
}

TC(get_matches_kernel,
    "on the host port the name is the kernel's "
    "(/proc/sys/kernel/domainname)")
{
	char buf[MAXHOSTNAMELEN], want[MAXHOSTNAMELEN];
	ssize_t n;
	int fd;

	if ((fd = open("/proc/sys/kernel/domainname", O_RDONLY)) < 0)
		atf_tc_skip("no /proc/sys/kernel/domainname");
	n = read(fd, want, sizeof(want) - 1);
	close(fd);
	ATF_REQUIRE(n > 0);
	want[n] = '\0';
	if (want[n - 1] == '\n')
		want[n - 1] = '\0';
	current(buf);
	ATF_CHECK_STREQ(buf, want);
}

TC(get_truncates,
    "a short buffer gets the first namelen bytes, no NUL, "
    "and nothing past namelen is written")
{
	char full[MAXHOSTNAMELEN], buf[MAXHOSTNAMELEN + 8];
	size_t len, i;

	current(full);
	len = strlen(full);
	for (i = 1; i <= len; i++) {
		memset(buf, '#', sizeof(buf));
		ATF_REQUIRE_EQ(getdomainname(buf, i), 0);
		ATF_CHECK(memcmp(buf, full, i) == 0);
		ATF_CHECK_EQ(buf[i], '#');
	}
	memset(buf, '#', sizeof(buf));
	ATF_REQUIRE_EQ(getdomainname(buf, len + 1), 0);
	ATF_CHECK_STREQ(buf, full);
	ATF_CHECK_EQ(buf[len + 1], '#');
}

TC(get_zero_length, "namelen 0 succeeds and writes nothing")
{
	char buf[4] = "###";

	ATF_CHECK_EQ(getdomainname(buf, 0), 0);
	ATF_CHECK_STREQ(buf, "###");
}

TC(get_null, "a NULL buffer is EFAULT")
{
	errno = 0;
	ATF_CHECK_EQ(getdomainname(NULL, 16), -1);
	ATF_CHECK_EQ(errno, EFAULT);
}

TC(set_null, "setdomainname(NULL) is EFAULT")
{
	errno = 0;
	ATF_CHECK_EQ(setdomainname(NULL, 4), -1);
	ATF_CHECK_EQ(errno, EFAULT);
}

TC(set_too_long,
    "a name of MAXHOSTNAMELEN bytes or more is EINVAL and "
    "leaves the name alone")
{
	char before[MAXHOSTNAMELEN], after[MAXHOSTNAMELEN];
	static char big[MAXHOSTNAMELEN * 2];

	memset(big, 'a', sizeof(big) - 1);
	current(before);
	errno = 0;
	ATF_CHECK_EQ(setdomainname(big, MAXHOSTNAMELEN), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(setdomainname(big, sizeof(big) - 1), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	current(after);
	ATF_CHECK_STREQ(before, after);
}

/*
 * In a child that is not the super-user (root's child drops to uid and
 * gid 65534 first): setdomainname fails with EPERM and the name stays.
 * Exit status 0 when so, else the step that went wrong.
 */
static int
unprivileged_child(void)
{
	char before[MAXHOSTNAMELEN], after[MAXHOSTNAMELEN];

	if (getuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
		return 1;
	if (getuid() == 0 || geteuid() == 0)
		return 2;
	if (getdomainname(before, sizeof(before)) != 0)
		return 3;
	errno = 0;
	if (setdomainname("evil.example", 12) != -1)
		return 4;
	if (errno != EPERM)
		return 5;
	if (getdomainname(after, sizeof(after)) != 0 ||
	    strcmp(before, after) != 0)
		return 6;
	return 0;
}

TC(set_unprivileged,
    "setdomainname is EPERM for a user other than the "
    "super-user (root's test drops to uid 65534 in a child)")
{
	pid_t pid;
	int st;

	ATF_REQUIRE((pid = fork()) >= 0);
	if (pid == 0)
		_exit(unprivileged_child());
	ATF_REQUIRE_EQ(waitpid(pid, &st, 0), pid);
	ATF_REQUIRE(WIFEXITED(st));
	ATF_CHECK_EQ_MSG(WEXITSTATUS(st), 0,
	    "child step %d failed (1 setuid, 2 still root, 3 get, 4 set "
	    "succeeded, 5 errno, 6 name changed)",
	    WEXITSTATUS(st));
}

ATF_TC_WITH_CLEANUP(set_root);
ATF_TC_HEAD(set_root, tc)
{
	atf_tc_set_md_var(tc, "descr",
	    "as root, a new name is read back "
	    "(only its namelen bytes count); the "
	    "old one is restored");
	atf_tc_set_md_var(tc, "require.user", "root");
}
ATF_TC_BODY(set_root, tc)
{
	char saved[MAXHOSTNAMELEN], now[MAXHOSTNAMELEN];
	FILE *f;

	current(saved);
	ATF_REQUIRE((f = fopen("saved", "w")) != NULL);
	fputs(saved, f);
	fclose(f);
	if (setdomainname(saved, strlen(saved)) != 0)
		atf_tc_skip(
		    "cannot set the domain name here: %s", strerror(errno));
	ATF_REQUIRE_EQ(setdomainname("bulkhead.invalid-tail", 16), 0);
	current(now);
	ATF_CHECK_STREQ(now, "bulkhead.invalid");
	ATF_REQUIRE_EQ(setdomainname(saved, strlen(saved)), 0);
	current(now);
	ATF_CHECK_STREQ(now, saved);
}
ATF_TC_CLEANUP(set_root, tc)
{
	char saved[MAXHOSTNAMELEN] = "";
	FILE *f;

	(void)tc;
	if ((f = fopen("saved", "r")) == NULL)
		return;
	if (fgets(saved, sizeof(saved), f) != NULL)
		(void)setdomainname(saved, strlen(saved));
	fclose(f);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, get_terminated);
	ATF_TP_ADD_TC(tp, get_matches_kernel);
	ATF_TP_ADD_TC(tp, get_truncates);
	ATF_TP_ADD_TC(tp, get_zero_length);
	ATF_TP_ADD_TC(tp, get_null);
	ATF_TP_ADD_TC(tp, set_null);
	ATF_TP_ADD_TC(tp, set_too_long);
	ATF_TP_ADD_TC(tp, set_unprivileged);
	ATF_TP_ADD_TC(tp, set_root);
	return atf_no_error();
}
