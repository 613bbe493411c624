/*
 * t_mkstemp: mkstemp, mkstemps, mkdtemp and mktemp: names, modes,
 * uniqueness, suffixes and EINVAL for templates without six X's.
 */
#include <sys/stat.h>
#include <atf-c.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "h_tc.h"

TC(mkstemp_creates,
    "mkstemp creates a new 0600 file, open read-write, "
    "replacing only the X's")
{
	char path[] = "t_mkstemp.XXXXXX";
	struct stat st;
	int fd;

	umask(0);
	fd = mkstemp(path);
	ATF_REQUIRE(fd >= 0);
	ATF_CHECK_EQ(strncmp(path, "t_mkstemp.", 10), 0);
	ATF_CHECK(
	    strchr(path, 'X') == NULL || strcmp(path + 10, "XXXXXX") != 0);
	ATF_REQUIRE_EQ(fstat(fd, &st), 0);
	ATF_CHECK(S_ISREG(st.st_mode));
	ATF_CHECK_EQ(st.st_mode & 0777, 0600);
	ATF_CHECK_EQ(write(fd, "abc", 3), 3);
	ATF_CHECK_EQ(lseek(fd, 0, SEEK_SET), 0);
	ATF_REQUIRE_EQ(stat(path, &st), 0);
	ATF_CHECK_EQ(st.st_size, 3);
	close(fd);
}

TC(mkstemp_unique, "many mkstemp calls give distinct files")
{
	char paths[50][32];
	int i, j, fd;

	for (i = 0; i < 50; i++) {
		strcpy(paths[i], "uniq.XXXXXXXX");
		fd = mkstemp(paths[i]);
		ATF_REQUIRE(fd >= 0);
		close(fd);
		for (j = 0; j < i; j++)
			ATF_REQUIRE(strcmp(paths[i], paths[j]) != 0);
	}
}

TC(mkstemp_einval,
    "templates with fewer than six trailing X's give "
    "EINVAL and create nothing")
{
	char a[] = "bad.XXXXX";
	char b[] = "bad.XXXXXXy";
	char c[] = "";

	errno = 0;
	ATF_CHECK_EQ(mkstemp(a), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(mkstemp(b), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(mkstemp(c), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK(mkdtemp(a) == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK(mktemp(b) == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(mkstemp_enoent, "a template in a missing directory fails with ENOENT")
{
	char p[] = "no/such/dir/f.XXXXXX";

	errno = 0;
	ATF_CHECK_EQ(mkstemp(p), -1);
	ATF_CHECK_EQ(errno, ENOENT);
}

TC(mkstemps_suffix, "mkstemps keeps the suffix and checks its length")
{
	char p[] = "s.XXXXXX.txt";
	char bad[] = "s.XXXXXX.txt";
	int fd;

	fd = mkstemps(p, 4);
	ATF_REQUIRE(fd >= 0);
	ATF_CHECK_EQ(strcmp(p + 8, ".txt"), 0);
	ATF_CHECK(strncmp(p, "s.XXXXXX", 8) != 0);
	close(fd);
	ATF_CHECK_EQ(access(p, F_OK), 0);
	errno = 0;
	ATF_CHECK_EQ(mkstemps(bad, 5), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(mkstemps(bad, 100), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(mkstemps(bad, -1), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(mkdtemp_dir, "mkdtemp creates a 0700 directory")
{
	char p[] = "d.XXXXXX";
	struct stat st;

	umask(0);
	ATF_REQUIRE(mkdtemp(p) == p);
	ATF_REQUIRE_EQ(stat(p, &st), 0);
	ATF_CHECK(S_ISDIR(st.st_mode));
	ATF_CHECK_EQ(st.st_mode & 0777, 0700);
}

TC(mktemp_name, "mktemp returns a name that does not exist yet")
{
	char p[] = "m.XXXXXX";

	ATF_REQUIRE(mktemp(p) == p);
	ATF_CHECK(strcmp(p, "m.XXXXXX") != 0);
	ATF_CHECK_EQ(access(p, F_OK), -1);
}

TC(mkostemp_flags,
    "mkostemp applies O_APPEND and O_CLOEXEC and refuses "
    "other flags with EINVAL")
{
	char p[] = "o.XXXXXX";
	char q[] = "o.XXXXXX.c";
	char bad[] = "o.XXXXXX";
	int fd;

	fd = mkostemp(p, O_APPEND | O_CLOEXEC);
	ATF_REQUIRE(fd >= 0);
	ATF_CHECK(fcntl(fd, F_GETFD) & FD_CLOEXEC);
	ATF_CHECK(fcntl(fd, F_GETFL) & O_APPEND);
	ATF_CHECK_EQ(write(fd, "ab", 2), 2);
	ATF_CHECK_EQ(lseek(fd, 0, SEEK_SET), 0);
	ATF_CHECK_EQ(write(fd, "c", 1), 1);
	ATF_CHECK_EQ(lseek(fd, 0, SEEK_CUR), 3);
	close(fd);
	fd = mkostemps(q, 2, O_CLOEXEC);
	ATF_REQUIRE(fd >= 0);
	ATF_CHECK_EQ(strcmp(q + 8, ".c"), 0);
	close(fd);
	errno = 0;
	ATF_CHECK_EQ(mkostemp(bad, O_TRUNC), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	ATF_CHECK_STREQ(bad, "o.XXXXXX");
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, mkstemp_creates);
	ATF_TP_ADD_TC(tp, mkstemp_unique);
	ATF_TP_ADD_TC(tp, mkstemp_einval);
	ATF_TP_ADD_TC(tp, mkstemp_enoent);
	ATF_TP_ADD_TC(tp, mkstemps_suffix);
	ATF_TP_ADD_TC(tp, mkdtemp_dir);
	ATF_TP_ADD_TC(tp, mktemp_name);
	ATF_TP_ADD_TC(tp, mkostemp_flags);
	return atf_no_error();
}
