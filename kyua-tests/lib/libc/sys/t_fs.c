/*
 * t_fs: file-system calls: mkdir/rmdir, rename, link, symlink/readlink,
 * unlink, stat/lstat/fstat fields, chdir/getcwd, umask, access, chmod,
 * truncate, utimes, mkfifo, and their NetBSD errno values.
 */
#include <atf-c.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include "h_sys.h"

TC(mkdir_rmdir,
    "mkdir makes a directory rmdir removes; errors EEXIST, "
    "ENOENT, ENOTEMPTY (66), ENOTDIR")
{
	struct stat st;

	ATF_REQUIRE(mkdir("d", 0755) == 0);
	ATF_REQUIRE(stat("d", &st) == 0);
	ATF_CHECK(S_ISDIR(st.st_mode));
	errno = 0;
	ATF_CHECK_EQ(mkdir("d", 0755), -1);
	ATF_CHECK_EQ(errno, EEXIST);
	errno = 0;
	ATF_CHECK_EQ(mkdir("no/such", 0755), -1);
	ATF_CHECK_EQ(errno, ENOENT);
	mkfile("d/f", "x");
	errno = 0;
	ATF_CHECK_EQ(rmdir("d"), -1);
	ATF_CHECK_EQ(errno, ENOTEMPTY);
	ATF_CHECK_EQ(ENOTEMPTY, 66);
	errno = 0;
	ATF_CHECK_EQ(rmdir("d/f"), -1);
	ATF_CHECK_EQ(errno, ENOTDIR);
	ATF_CHECK_EQ(unlink("d/f"), 0);
	ATF_CHECK_EQ(rmdir("d"), 0);
	errno = 0;
	ATF_CHECK_EQ(rmdir("d"), -1);
	ATF_CHECK_EQ(errno, ENOENT);
}

TC(unlink_dir, "unlink of a directory fails (EPERM or EISDIR)")
{
	ATF_REQUIRE(mkdir("d", 0755) == 0);
	errno = 0;
	ATF_CHECK_EQ(unlink("d"), -1);
	ATF_CHECK(errno == EPERM || errno == EISDIR);
}

TC(rename_file, "rename moves a file and replaces an existing target")
{
	struct stat st;

	mkfile("a", "AAA");
	mkfile("b", "B");
	ATF_CHECK_EQ(rename("a", "b"), 0);
	ATF_CHECK_EQ(stat("a", &st), -1);
	ATF_REQUIRE(stat("b", &st) == 0);
	ATF_CHECK_EQ(st.st_size, 3);
	errno = 0;
	ATF_CHECK_EQ(rename("missing", "c"), -1);
	ATF_CHECK_EQ(errno, ENOENT);
}

TC(rename_dir_errors,
    "rename of a directory over a file fails ENOTDIR, "
    "of a file over a directory EISDIR, over a non-empty dir ENOTEMPTY")
{
	ATF_REQUIRE(mkdir("d", 0755) == 0);
	ATF_REQUIRE(mkdir("e", 0755) == 0);
	mkfile("e/x", "x");
	mkfile("f", "f");
	errno = 0;
	ATF_CHECK_EQ(rename("d", "f"), -1);
	ATF_CHECK_EQ(errno, ENOTDIR);
	errno = 0;
	ATF_CHECK_EQ(rename("f", "d"), -1);
	ATF_CHECK_EQ(errno, EISDIR);
	errno = 0;
	ATF_CHECK_EQ(rename("d", "e"), -1);
	ATF_CHECK(errno == ENOTEMPTY || errno == EEXIST);
}

TC(link_count, "link adds a name and st_nlink counts it")
{
	struct stat a, b;

	mkfile("f", "data");
	ATF_CHECK_EQ(link("f", "g"), 0);
	ATF_REQUIRE(stat("f", &a) == 0 && stat("g", &b) == 0);
	ATF_CHECK_EQ(a.st_ino, b.st_ino);
	ATF_CHECK_EQ(a.st_dev, b.st_dev);
	ATF_CHECK_EQ(a.st_nlink, 2);
	errno = 0;
	ATF_CHECK_EQ(link("f", "g"), -1);
	ATF_CHECK_EQ(errno, EEXIST);
	ATF_CHECK_EQ(unlink("f"), 0);
	ATF_REQUIRE(stat("g", &b) == 0);
	ATF_CHECK_EQ(b.st_nlink, 1);
}

TC(symlink_readlink,
    "symlink/readlink round trip; readlink does not "
    "NUL-terminate; lstat sees the link, stat the target")
{
	struct stat st;
	char buf[64];
	ssize_t n;

	mkfile("target", "12345");
	ATF_REQUIRE(symlink("target", "ln") == 0);
	memset(buf, '#', sizeof(buf));
	n = readlink("ln", buf, sizeof(buf));
	ATF_CHECK_EQ(n, 6);
	ATF_CHECK(memcmp(buf, "target#", 7) == 0);
	ATF_CHECK_EQ(readlink("ln", buf, 3), 3);
	ATF_REQUIRE(lstat("ln", &st) == 0);
	ATF_CHECK(S_ISLNK(st.st_mode));
	ATF_CHECK_EQ(st.st_size, 6);
	ATF_REQUIRE(stat("ln", &st) == 0);
	ATF_CHECK(S_ISREG(st.st_mode));
	ATF_CHECK_EQ(st.st_size, 5);
	errno = 0;
	ATF_CHECK_EQ(readlink("target", buf, sizeof(buf)), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(symlink_loop, "a symlink loop gives ELOOP")
{
	struct stat st;

	ATF_REQUIRE(symlink("b", "a") == 0);
	ATF_REQUIRE(symlink("a", "b") == 0);
	errno = 0;
	ATF_CHECK_EQ(stat("a", &st), -1);
	ATF_CHECK_EQ(errno, ELOOP);
}

TC(dangling_symlink, "stat of a dangling symlink fails ENOENT, lstat works")
{
	struct stat st;

	ATF_REQUIRE(symlink("nowhere", "dl") == 0);
	errno = 0;
	ATF_CHECK_EQ(stat("dl", &st), -1);
	ATF_CHECK_EQ(errno, ENOENT);
	ATF_CHECK_EQ(lstat("dl", &st), 0);
}

TC(stat_fields, "stat reports size, mode, uid, gid, times and blocks")
{
	struct timeval tv;
	struct stat st;

	mkfile("f", "hello world");
	ATF_REQUIRE(chmod("f", 0640) == 0);
	ATF_REQUIRE(stat("f", &st) == 0);
	ATF_CHECK_EQ(st.st_size, 11);
	ATF_CHECK_EQ(st.st_mode, (mode_t)(S_IFREG | 0640));
	ATF_CHECK_EQ(st.st_uid, geteuid());
	ATF_CHECK_EQ(st.st_nlink, 1);
	ATF_CHECK(st.st_blksize > 0);
	ATF_CHECK(st.st_ino != 0);
	ATF_REQUIRE(gettimeofday(&tv, NULL) == 0);
	ATF_CHECK(st.st_mtime <= tv.tv_sec && st.st_mtime > tv.tv_sec - 60);
	ATF_CHECK(st.st_mtimespec.tv_nsec >= 0 &&
	    st.st_mtimespec.tv_nsec < 1000000000L);
	ATF_CHECK_EQ(st.st_atim.tv_sec, st.st_atimespec.tv_sec);
}

TC(fstat_pipe_dir, "fstat identifies pipes and directories")
{
	struct stat st;
	int p[2], fd;

	ATF_REQUIRE(pipe(p) == 0);
	ATF_REQUIRE(fstat(p[0], &st) == 0);
	ATF_CHECK(S_ISFIFO(st.st_mode));
	fd = open(".", O_RDONLY);
	ATF_REQUIRE(fstat(fd, &st) == 0);
	ATF_CHECK(S_ISDIR(st.st_mode));
	errno = 0;
	ATF_CHECK_EQ(fstat(-1, &st), -1);
	ATF_CHECK_EQ(errno, EBADF);
}

TC(stat_devnull, "/dev/null is a character device with an rdev")
{
	struct stat st;

	ATF_REQUIRE(stat("/dev/null", &st) == 0);
	ATF_CHECK(S_ISCHR(st.st_mode));
	ATF_CHECK(st.st_rdev != 0);
}

TC(enametoolong, "a path component over NAME_MAX fails ENAMETOOLONG (63)")
{
	char name[1200];

	memset(name, 'x', sizeof(name) - 1);
	name[sizeof(name) - 1] = '\0';
	errno = 0;
	ATF_CHECK_EQ(open(name, O_RDONLY | O_CREAT, 0600), -1);
	ATF_CHECK_EQ(errno, ENAMETOOLONG);
	ATF_CHECK_EQ(ENAMETOOLONG, 63);
}

TC(chdir_getcwd,
    "chdir changes what getcwd reports; chdir to a file "
    "fails ENOTDIR")
{
	char start[PATH_MAX], now[PATH_MAX];
	size_t n;

	ATF_REQUIRE(getcwd(start, sizeof(start)) == start);
	ATF_REQUIRE(mkdir("sub", 0755) == 0);
	ATF_REQUIRE(chdir("sub") == 0);
	ATF_REQUIRE(getcwd(now, sizeof(now)) != NULL);
	n = strlen(start);
	ATF_CHECK(strncmp(now, start, n) == 0);
	ATF_CHECK_STREQ(now + n, "/sub");
	ATF_REQUIRE(chdir("..") == 0);
	mkfile("f", "x");
	errno = 0;
	ATF_CHECK_EQ(chdir("f"), -1);
	ATF_CHECK_EQ(errno, ENOTDIR);
}

TC(getcwd_errors,
    "getcwd with a too small buffer is ERANGE, size 0 "
    "EINVAL; NULL,0 allocates")
{
	char small[2], *p;

	errno = 0;
	ATF_CHECK(getcwd(small, sizeof(small)) == NULL);
	ATF_CHECK_EQ(errno, ERANGE);
	errno = 0;
	ATF_CHECK(getcwd(small, 0) == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
	p = getcwd(NULL, 0);
	ATF_REQUIRE(p != NULL);
	ATF_CHECK(p[0] == '/');
	free(p);
}

TC(fchdir_test, "fchdir goes to an open directory")
{
	char a[PATH_MAX], b[PATH_MAX];
	int fd;

	ATF_REQUIRE(getcwd(a, sizeof(a)) != NULL);
	fd = open(".", O_RDONLY);
	ATF_REQUIRE(mkdir("s", 0755) == 0 && chdir("s") == 0);
	ATF_CHECK_EQ(fchdir(fd), 0);
	ATF_REQUIRE(getcwd(b, sizeof(b)) != NULL);
	ATF_CHECK_STREQ(a, b);
}

TC(umask_test, "umask returns the previous mask and affects mkdir")
{
	struct stat st;

	umask(077);
	ATF_CHECK_EQ(umask(022), 077);
	ATF_CHECK_EQ(umask(027), 022);
	ATF_REQUIRE(mkdir("d", 0777) == 0);
	ATF_REQUIRE(stat("d", &st) == 0);
	ATF_CHECK_EQ(st.st_mode & 0777, 0750);
}

TC(access_test, "access checks existence and permissions")
{
	mkfile("f", "x");
	ATF_REQUIRE(chmod("f", 0600) == 0);
	ATF_CHECK_EQ(access("f", F_OK), 0);
	ATF_CHECK_EQ(access("f", R_OK | W_OK), 0);
	errno = 0;
	ATF_CHECK_EQ(access("missing", F_OK), -1);
	ATF_CHECK_EQ(errno, ENOENT);
	errno = 0;
	ATF_CHECK_EQ(access("f", 0x100), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	if (geteuid() != 0) {
		errno = 0;
		ATF_CHECK_EQ(access("f", X_OK), -1);
		ATF_CHECK_EQ(errno, EACCES);
	}
}

/* Needs a user that permissions apply to: kyua runs it as its
 * unprivileged_user when started as root. */
ATF_TC(eacces);
ATF_TC_HEAD(eacces, tc)
{
	atf_tc_set_md_var(
	    tc, "descr", "opening a file without permission fails EACCES (13)");
	atf_tc_set_md_var(tc, "require.user", "unprivileged");
}
ATF_TC_BODY(eacces, tc)
{
	if (geteuid() == 0)
		atf_tc_skip("root bypasses permissions");
	mkfile("f", "x");
	ATF_REQUIRE(chmod("f", 0) == 0);
	errno = 0;
	ATF_CHECK_EQ(open("f", O_RDONLY), -1);
	ATF_CHECK_EQ(errno, EACCES);
	ATF_CHECK_EQ(EACCES, 13);
}

TC(chmod_fchmod, "chmod and fchmod change the permission bits")
{
	struct stat st;
	int fd;

	mkfile("f", "x");
	ATF_CHECK_EQ(chmod("f", 0604), 0);
	ATF_REQUIRE(stat("f", &st) == 0);
	ATF_CHECK_EQ(st.st_mode & 07777, 0604);
	fd = open("f", O_RDONLY);
	ATF_CHECK_EQ(fchmod(fd, 0444), 0);
	ATF_REQUIRE(fstat(fd, &st) == 0);
	ATF_CHECK_EQ(st.st_mode & 07777, 0444);
	errno = 0;
	ATF_CHECK_EQ(chmod("missing", 0600), -1);
	ATF_CHECK_EQ(errno, ENOENT);
}

TC(truncate_test,
    "truncate and ftruncate set the length; negative is "
    "EINVAL")
{
	struct stat st;
	int fd;

	mkfile("f", "0123456789");
	ATF_CHECK_EQ(truncate("f", 4), 0);
	ATF_REQUIRE(stat("f", &st) == 0);
	ATF_CHECK_EQ(st.st_size, 4);
	fd = open("f", O_RDWR);
	ATF_CHECK_EQ(ftruncate(fd, 100), 0);
	ATF_REQUIRE(fstat(fd, &st) == 0);
	ATF_CHECK_EQ(st.st_size, 100);
	errno = 0;
	ATF_CHECK_EQ(ftruncate(fd, -1), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(utimes_test, "utimes sets access and modification times")
{
	struct timeval tv[2];
	struct stat st;

	mkfile("f", "x");
	tv[0].tv_sec = 1000000000;
	tv[0].tv_usec = 500000;
	tv[1].tv_sec = 1234567890;
	tv[1].tv_usec = 250000;
	ATF_REQUIRE(utimes("f", tv) == 0);
	ATF_REQUIRE(stat("f", &st) == 0);
	ATF_CHECK_EQ(st.st_atime, 1000000000);
	ATF_CHECK_EQ(st.st_mtime, 1234567890);
	ATF_CHECK_EQ(st.st_mtimensec, 250000000L);
}

TC(utimensat_omit, "utimensat with UTIME_OMIT leaves a time unchanged")
{
	struct timespec ts[2];
	struct stat st;

	mkfile("f", "x");
	ts[0].tv_sec = 100;
	ts[0].tv_nsec = 0;
	ts[1].tv_sec = 200;
	ts[1].tv_nsec = 0;
	ATF_REQUIRE(utimensat(AT_FDCWD, "f", ts, 0) == 0);
	ts[0].tv_nsec = UTIME_OMIT;
	ts[1].tv_sec = 300;
	ATF_REQUIRE(utimensat(AT_FDCWD, "f", ts, 0) == 0);
	ATF_REQUIRE(stat("f", &st) == 0);
	ATF_CHECK_EQ(st.st_atime, 100);
	ATF_CHECK_EQ(st.st_mtime, 300);
	errno = 0;
	ATF_CHECK_EQ(utimensat(AT_FDCWD, "f", ts, 0x4000), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(mkfifo_test, "mkfifo makes a FIFO; again fails EEXIST")
{
	struct stat st;

	ATF_REQUIRE(mkfifo("fifo", 0600) == 0);
	ATF_REQUIRE(stat("fifo", &st) == 0);
	ATF_CHECK(S_ISFIFO(st.st_mode));
	errno = 0;
	ATF_CHECK_EQ(mkfifo("fifo", 0600), -1);
	ATF_CHECK_EQ(errno, EEXIST);
}

TC(at_calls, "openat/mkdirat/fstatat/unlinkat relative to a directory fd")
{
	struct stat st;
	int dfd, fd;

	ATF_REQUIRE(mkdir("d", 0755) == 0);
	dfd = open("d", O_RDONLY | O_DIRECTORY);
	ATF_REQUIRE(dfd >= 0);
	fd = openat(dfd, "f", O_WRONLY | O_CREAT, 0600);
	ATF_REQUIRE(fd >= 0);
	ATF_CHECK_EQ(write(fd, "abc", 3), 3);
	close(fd);
	ATF_CHECK_EQ(fstatat(dfd, "f", &st, 0), 0);
	ATF_CHECK_EQ(st.st_size, 3);
	ATF_CHECK_EQ(mkdirat(dfd, "sub", 0700), 0);
	errno = 0;
	ATF_CHECK_EQ(unlinkat(dfd, "sub", 0), -1);
	ATF_CHECK(errno == EISDIR || errno == EPERM);
	ATF_CHECK_EQ(unlinkat(dfd, "sub", AT_REMOVEDIR), 0);
	ATF_CHECK_EQ(unlinkat(dfd, "f", 0), 0);
	ATF_CHECK_EQ(fstatat(AT_FDCWD, "d/f", &st, 0), -1);
	errno = 0;
	ATF_CHECK_EQ(unlinkat(dfd, "f", 0x12345), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(chown_self,
    "chown/fchown/lchown to the current owner succeed; "
    "a missing file is ENOENT")
{
	struct stat st;
	int fd;

	mkfile("f", "x");
	ATF_REQUIRE(symlink("f", "ln") == 0);
	ATF_CHECK_EQ(chown("f", getuid(), getgid()), 0);
	ATF_CHECK_EQ(lchown("ln", getuid(), (gid_t)-1), 0);
	fd = open("f", O_RDONLY);
	ATF_CHECK_EQ(fchown(fd, (uid_t)-1, getgid()), 0);
	ATF_REQUIRE(stat("f", &st) == 0);
	ATF_CHECK_EQ(st.st_uid, getuid());
	ATF_CHECK_EQ(st.st_gid, getgid());
	errno = 0;
	ATF_CHECK_EQ(chown("missing", getuid(), getgid()), -1);
	ATF_CHECK_EQ(errno, ENOENT);
	if (getuid() != 0) {
		errno = 0;
		ATF_CHECK_EQ(chown("f", 0, 0), -1);
		ATF_CHECK_EQ(errno, EPERM);
	}
}

TC(mknod_fifo,
    "mknod with S_IFIFO makes a FIFO; readlinkat/symlinkat "
    "and renameat/linkat work relative to a directory fd")
{
	struct stat st;
	char buf[16];
	int dfd;

	ATF_REQUIRE(mknod("p", S_IFIFO | 0600, 0) == 0);
	ATF_REQUIRE(lstat("p", &st) == 0);
	ATF_CHECK(S_ISFIFO(st.st_mode));
	ATF_REQUIRE(mkdir("d", 0755) == 0);
	dfd = open("d", O_RDONLY | O_DIRECTORY);
	ATF_REQUIRE(symlinkat("target", dfd, "l") == 0);
	ATF_CHECK_EQ(readlinkat(dfd, "l", buf, sizeof(buf)), 6);
	ATF_CHECK(memcmp(buf, "target", 6) == 0);
	ATF_CHECK_EQ(renameat(AT_FDCWD, "p", dfd, "q"), 0);
	ATF_CHECK_EQ(lstat("d/q", &st), 0);
	mkfile("f", "x");
	ATF_CHECK_EQ(linkat(AT_FDCWD, "f", dfd, "g", 0), 0);
	ATF_CHECK_EQ(stat("d/g", &st), 0);
	ATF_CHECK_EQ(st.st_nlink, 2);
	errno = 0;
	ATF_CHECK_EQ(linkat(AT_FDCWD, "f", dfd, "h", 0x8000), -1);
	ATF_CHECK_EQ(errno, EINVAL);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, chown_self);
	ATF_TP_ADD_TC(tp, mknod_fifo);
	ATF_TP_ADD_TC(tp, mkdir_rmdir);
	ATF_TP_ADD_TC(tp, unlink_dir);
	ATF_TP_ADD_TC(tp, rename_file);
	ATF_TP_ADD_TC(tp, rename_dir_errors);
	ATF_TP_ADD_TC(tp, link_count);
	ATF_TP_ADD_TC(tp, symlink_readlink);
	ATF_TP_ADD_TC(tp, symlink_loop);
	ATF_TP_ADD_TC(tp, dangling_symlink);
	ATF_TP_ADD_TC(tp, stat_fields);
	ATF_TP_ADD_TC(tp, fstat_pipe_dir);
	ATF_TP_ADD_TC(tp, stat_devnull);
	ATF_TP_ADD_TC(tp, enametoolong);
	ATF_TP_ADD_TC(tp, chdir_getcwd);
	ATF_TP_ADD_TC(tp, getcwd_errors);
	ATF_TP_ADD_TC(tp, fchdir_test);
	ATF_TP_ADD_TC(tp, umask_test);
	ATF_TP_ADD_TC(tp, access_test);
	ATF_TP_ADD_TC(tp, eacces);
	ATF_TP_ADD_TC(tp, chmod_fchmod);
	ATF_TP_ADD_TC(tp, truncate_test);
	ATF_TP_ADD_TC(tp, utimes_test);
	ATF_TP_ADD_TC(tp, utimensat_omit);
	ATF_TP_ADD_TC(tp, mkfifo_test);
	ATF_TP_ADD_TC(tp, at_calls);
	return atf_no_error();
}
