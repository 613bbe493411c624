/*
 * t_misc: smaller <unistd.h>, <utime.h> and <sys/time.h> functions:
 * utime, futimes, lutimes, getdtablesize, closefrom, nice, confstr,
 * lockf.
 */
#include <atf-c.h>
#include <errno.h>
#include <fcntl.h>
#include <paths.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utime.h>

#include "h_tc.h"

static int
mkfile(const char *path)
{
	int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);

	ATF_REQUIRE(fd >= 0);
	return fd;
}

TC(utime_test, "utime sets whole-second times; NULL means now")
{
	struct utimbuf ub = { 1111, 2222 };
	struct timeval now;
	struct stat st;

	close(mkfile("f"));
	ATF_REQUIRE(utime("f", &ub) == 0);
	ATF_REQUIRE(stat("f", &st) == 0);
	ATF_CHECK_EQ(st.st_atime, 1111);
	ATF_CHECK_EQ(st.st_mtime, 2222);
	ATF_REQUIRE(utime("f", NULL) == 0);
	ATF_REQUIRE(stat("f", &st) == 0);
	gettimeofday(&now, NULL);
	ATF_CHECK(st.st_mtime >= now.tv_sec - 5);
	errno = 0;
	ATF_CHECK_EQ(utime("missing", &ub), -1);
	ATF_CHECK_EQ(errno, ENOENT);
}

TC(futimes_test,
    "futimes sets times through a descriptor; a bad "
    "tv_usec is EINVAL")
{
	struct timeval tv[2] = { { 500, 0 }, { 600, 123456 } };
	struct stat st;
	int fd = mkfile("f");

	ATF_REQUIRE(futimes(fd, tv) == 0);
	ATF_REQUIRE(fstat(fd, &st) == 0);
	ATF_CHECK_EQ(st.st_mtime, 600);
	ATF_CHECK_EQ(st.st_mtimensec, 123456000L);
	tv[0].tv_usec = 1000000;
	errno = 0;
	ATF_CHECK_EQ(futimes(fd, tv), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(lutimes_test, "lutimes changes the link, not its target")
{
	struct timeval tv[2] = { { 700, 0 }, { 800, 0 } };
	struct stat st;

	close(mkfile("target"));
	ATF_REQUIRE(symlink("target", "ln") == 0);
	ATF_REQUIRE(lutimes("ln", tv) == 0);
	ATF_REQUIRE(lstat("ln", &st) == 0);
	ATF_CHECK_EQ(st.st_mtime, 800);
	ATF_REQUIRE(stat("ln", &st) == 0);
	ATF_CHECK(st.st_mtime != 800);
}

TC(dtablesize, "getdtablesize equals the RLIMIT_NOFILE soft limit")
{
	struct rlimit rl;

	ATF_REQUIRE(getrlimit(RLIMIT_NOFILE, &rl) == 0);
	ATF_CHECK_EQ((rlim_t)getdtablesize(), rl.rlim_cur);
}

TC(closefrom_test, "closefrom closes the descriptors from fd up")
{
	int fd = open(".", O_RDONLY);

	ATF_REQUIRE(dup2(fd, 70) == 70 && dup2(fd, 75) == 75);
	ATF_CHECK_EQ(closefrom(70), 0);
	ATF_CHECK_EQ(fcntl(70, F_GETFD), -1);
	ATF_CHECK_EQ(fcntl(75, F_GETFD), -1);
	ATF_CHECK(fcntl(fd, F_GETFD) >= 0);
	errno = 0;
	ATF_CHECK_EQ(closefrom(-1), -1);
	ATF_CHECK_EQ(errno, EBADF);
}

TC(nice_test, "nice raises the nice value; lowering it needs privilege")
{
	int before, after;

	errno = 0;
	before = getpriority(PRIO_PROCESS, 0);
	ATF_REQUIRE(errno == 0);
	after = nice(2);
	ATF_CHECK_EQ(after, before + 2 > PRIO_MAX ? PRIO_MAX : before + 2);
	ATF_CHECK_EQ(getpriority(PRIO_PROCESS, 0), after);
	if (geteuid() != 0) {
		errno = 0;
		ATF_CHECK_EQ(nice(-10), -1);
		ATF_CHECK(errno == EPERM || errno == EACCES);
	}
}

TC(confstr_test,
    "confstr(_CS_PATH) returns the standard path, "
    "truncating to the buffer; unknown names are EINVAL")
{
	char buf[256], small[5];
	size_t n;

	n = confstr(_CS_PATH, NULL, 0);
	ATF_CHECK_EQ(n, strlen(_PATH_STDPATH) + 1);
	ATF_CHECK_EQ(confstr(_CS_PATH, buf, sizeof(buf)), n);
	ATF_CHECK_STREQ(buf, _PATH_STDPATH);
	ATF_CHECK_EQ(confstr(_CS_PATH, small, sizeof(small)), n);
	ATF_CHECK_EQ(strlen(small), 4);
	ATF_CHECK(strncmp(small, _PATH_STDPATH, 4) == 0);
	errno = 0;
	ATF_CHECK_EQ(confstr(12345, buf, sizeof(buf)), 0);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(lockf_test,
    "lockf: a region locked by the parent is reported busy "
    "to a child (F_TEST/F_TLOCK fail EAGAIN/EACCES)")
{
	int fd = mkfile("f"), st;
	pid_t pid;

	ATF_REQUIRE(write(fd, "0123456789", 10) == 10);
	ATF_REQUIRE(lseek(fd, 0, SEEK_SET) == 0);
	ATF_CHECK_EQ(lockf(fd, F_TLOCK, 5), 0);
	ATF_CHECK_EQ(lockf(fd, F_TEST, 5), 0); /* our own lock */
	pid = fork();
	if (pid == 0) {
		int cfd = open("f", O_RDWR);

		errno = 0;
		if (lockf(cfd, F_TEST, 5) != -1 || errno != EAGAIN)
			_exit(1);
		errno = 0;
		if (lockf(cfd, F_TLOCK, 5) != -1 ||
		    (errno != EAGAIN && errno != EACCES))
			_exit(2);
		lseek(cfd, 5, SEEK_SET);
		if (lockf(cfd, F_TLOCK, 5) != 0) /* the other half */
			_exit(3);
		_exit(0);
	}
	ATF_REQUIRE(waitpid(pid, &st, 0) == pid);
	ATF_CHECK(WIFEXITED(st));
	ATF_CHECK_EQ(WEXITSTATUS(st), 0);
	ATF_CHECK_EQ(lockf(fd, F_ULOCK, 5), 0);
	errno = 0;
	ATF_CHECK_EQ(lockf(fd, 77, 5), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(getentropy_test,
    "getentropy fills up to 256 bytes, refuses more "
    "with EINVAL")
{
	unsigned char a[256], b[256];
	int i, zero = 0;

	memset(a, 0, sizeof(a));
	ATF_CHECK_EQ(getentropy(a, sizeof(a)), 0);
	ATF_CHECK_EQ(getentropy(b, sizeof(b)), 0);
	for (i = 0; i < 256; i++)
		zero += a[i] == 0;
	ATF_CHECK(zero < 16); /* 256 random bytes: about one zero */
	ATF_CHECK(memcmp(a, b, sizeof(a)) != 0);
	ATF_CHECK_EQ(getentropy(a, 0), 0);
	errno = 0;
	ATF_CHECK_EQ(getentropy(a, 257), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(swab_test, "swab swaps byte pairs and ignores an odd last byte")
{
	char out[8];

	memset(out, '.', sizeof(out));
	swab("abcdefg", out, 7);
	ATF_CHECK(memcmp(out, "badcfe.", 7) == 0);
	memset(out, '.', sizeof(out));
	swab("ab", out, -2);
	ATF_CHECK_EQ(out[0], '.');
}

TC(issetugid_test, "a normally started test is not set-id")
{
	ATF_CHECK_EQ(issetugid(), 0);
}

TC(fsync_range_test,
    "fsync_range accepts FDATASYNC/FFILESYNC and "
    "rejects no flags or a negative range")
{
	int fd = mkfile("f");

	ATF_REQUIRE(write(fd, "abc", 3) == 3);
	ATF_CHECK_EQ(fsync_range(fd, FFILESYNC, 0, 3), 0);
	ATF_CHECK_EQ(fsync_range(fd, FDATASYNC, 0, 0), 0);
	errno = 0;
	ATF_CHECK_EQ(fsync_range(fd, 0, 0, 3), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(fsync_range(fd, FFILESYNC, -1, 3), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(fsync_range(99, FFILESYNC, 0, 3), -1);
	ATF_CHECK_EQ(errno, EBADF);
}

TC(execlpe_test, "execlpe searches PATH and passes the environment")
{
	pid_t pid = fork();
	int st;

	if (pid == 0) {
		char *env[] = { "V=5", NULL };

		setenv("PATH", "/usr/bin:/bin", 1);
		execlpe("sh", "sh", "-c", "exit $V", (char *)NULL, env);
		_exit(99);
	}
	ATF_REQUIRE(waitpid(pid, &st, 0) == pid);
	ATF_CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 5);
}

TC(setruid_self, "setruid/setrgid to the current ids succeed")
{
	ATF_CHECK_EQ(setruid(getuid()), 0);
	ATF_CHECK_EQ(setrgid(getgid()), 0);
	ATF_CHECK_EQ(getuid(), geteuid());
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, fsync_range_test);
	ATF_TP_ADD_TC(tp, execlpe_test);
	ATF_TP_ADD_TC(tp, setruid_self);
	ATF_TP_ADD_TC(tp, getentropy_test);
	ATF_TP_ADD_TC(tp, swab_test);
	ATF_TP_ADD_TC(tp, issetugid_test);
	ATF_TP_ADD_TC(tp, utime_test);
	ATF_TP_ADD_TC(tp, futimes_test);
	ATF_TP_ADD_TC(tp, lutimes_test);
	ATF_TP_ADD_TC(tp, dtablesize);
	ATF_TP_ADD_TC(tp, closefrom_test);
	ATF_TP_ADD_TC(tp, nice_test);
	ATF_TP_ADD_TC(tp, confstr_test);
	ATF_TP_ADD_TC(tp, lockf_test);
	return atf_no_error();
}
