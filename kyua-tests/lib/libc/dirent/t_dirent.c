/*
 * t_dirent: directory streams: opendir/readdir/closedir, fdopendir,
 * dirfd, rewinddir, telldir/seekdir, readdir_r, scandir/alphasort,
 * d_type and d_namlen, and the error cases.
 */
#include <atf-c.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "h_tc.h"

static void
touch(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT, 0644);

	ATF_REQUIRE(fd >= 0);
	close(fd);
}

/* Make d/ with n files f0..f(n-1). */
static void
populate(int n)
{
	char name[32];
	int i;

	ATF_REQUIRE(mkdir("d", 0755) == 0);
	for (i = 0; i < n; i++) {
		snprintf(name, sizeof(name), "d/f%d", i);
		touch(name);
	}
}

static int
count(DIR *dp)
{
	int n = 0;

	while (readdir(dp) != NULL)
		n++;
	return n;
}

TC(readdir_all, "readdir returns every entry once, with . and ..")
{
	struct dirent *d;
	DIR *dp;
	int seen[5] = { 0 }, dot = 0, dotdot = 0, i;

	populate(5);
	dp = opendir("d");
	ATF_REQUIRE(dp != NULL);
	while ((d = readdir(dp)) != NULL) {
		if (strcmp(d->d_name, ".") == 0)
			dot++;
		else if (strcmp(d->d_name, "..") == 0)
			dotdot++;
		else if (d->d_name[0] == 'f')
			seen[atoi(d->d_name + 1)]++;
		ATF_CHECK_EQ(d->d_namlen, strlen(d->d_name));
	}
	ATF_CHECK_EQ(dot, 1);
	ATF_CHECK_EQ(dotdot, 1);
	for (i = 0; i < 5; i++)
		ATF_CHECK_EQ(seen[i], 1);
	ATF_CHECK_EQ(closedir(dp), 0);
}

TC(readdir_many, "a directory larger than one buffer is read completely")
{
	DIR *dp;

	populate(600);
	dp = opendir("d");
	ATF_REQUIRE(dp != NULL);
	ATF_CHECK_EQ(count(dp), 602);
	closedir(dp);
}

TC(d_type, "d_type tells files, directories and links apart")
{
	struct dirent *d;
	DIR *dp;

	ATF_REQUIRE(mkdir("d", 0755) == 0);
	touch("d/file");
	ATF_REQUIRE(mkdir("d/sub", 0755) == 0);
	ATF_REQUIRE(symlink("file", "d/link") == 0);
	dp = opendir("d");
	ATF_REQUIRE(dp != NULL);
	while ((d = readdir(dp)) != NULL) {
		if (d->d_type == DT_UNKNOWN)
			continue; /* allowed by the interface */
		if (strcmp(d->d_name, "file") == 0)
			ATF_CHECK_EQ(d->d_type, DT_REG);
		if (strcmp(d->d_name, "sub") == 0)
			ATF_CHECK_EQ(d->d_type, DT_DIR);
		if (strcmp(d->d_name, "link") == 0)
			ATF_CHECK_EQ(d->d_type, DT_LNK);
	}
	closedir(dp);
	ATF_CHECK_EQ(DT_REG, 8);
	ATF_CHECK_EQ(IFTODT(S_IFDIR), DT_DIR);
}

TC(d_fileno, "d_fileno matches the inode number stat reports")
{
	struct dirent *d;
	struct stat st;
	DIR *dp;
	int found = 0;

	ATF_REQUIRE(mkdir("d", 0755) == 0);
	touch("d/x");
	ATF_REQUIRE(stat("d/x", &st) == 0);
	dp = opendir("d");
	while ((d = readdir(dp)) != NULL)
		if (strcmp(d->d_name, "x") == 0) {
			found = 1;
			ATF_CHECK_EQ(d->d_fileno, st.st_ino);
		}
	ATF_CHECK(found);
	closedir(dp);
}

TC(opendir_errors,
    "opendir: ENOENT for a missing path, ENOTDIR for a "
    "file")
{
	touch("file");
	errno = 0;
	ATF_CHECK(opendir("missing") == NULL);
	ATF_CHECK_EQ(errno, ENOENT);
	errno = 0;
	ATF_CHECK(opendir("file") == NULL);
	ATF_CHECK_EQ(errno, ENOTDIR);
}

TC(fdopendir_dirfd,
    "fdopendir takes over a descriptor; dirfd returns "
    "it; fdopendir of a file is ENOTDIR")
{
	DIR *dp;
	int fd;

	populate(3);
	fd = open("d", O_RDONLY);
	ATF_REQUIRE(fd >= 0);
	dp = fdopendir(fd);
	ATF_REQUIRE(dp != NULL);
	ATF_CHECK_EQ(dirfd(dp), fd);
	ATF_CHECK_EQ(count(dp), 5);
	closedir(dp);
	errno = 0;
	ATF_CHECK_EQ(fcntl(fd, F_GETFD), -1); /* closedir closed it */
	ATF_CHECK_EQ(errno, EBADF);
	touch("file");
	fd = open("file", O_RDONLY);
	errno = 0;
	ATF_CHECK(fdopendir(fd) == NULL);
	ATF_CHECK_EQ(errno, ENOTDIR);
	errno = 0;
	ATF_CHECK(fdopendir(-1) == NULL);
	ATF_CHECK_EQ(errno, EBADF);
}

TC(rewinddir_test, "rewinddir starts over and sees new entries")
{
	DIR *dp;

	populate(4);
	dp = opendir("d");
	ATF_CHECK_EQ(count(dp), 6);
	ATF_CHECK(readdir(dp) == NULL);
	touch("d/new");
	rewinddir(dp);
	ATF_CHECK_EQ(count(dp), 7);
	closedir(dp);
}

TC(telldir_seekdir,
    "seekdir to a telldir cookie resumes at the same "
    "entry")
{
	char want[MAXNAMLEN + 1];
	struct dirent *d;
	long pos;
	DIR *dp;
	int i;

	populate(300);
	dp = opendir("d");
	for (i = 0; i < 150; i++)
		ATF_REQUIRE(readdir(dp) != NULL);
	pos = telldir(dp);
	ATF_REQUIRE(pos >= 0);
	d = readdir(dp);
	ATF_REQUIRE(d != NULL);
	strcpy(want, d->d_name);
	for (i = 0; i < 100; i++)
		(void)readdir(dp);
	seekdir(dp, pos);
	d = readdir(dp);
	ATF_REQUIRE(d != NULL);
	ATF_CHECK_STREQ(d->d_name, want);
	ATF_CHECK_EQ(count(dp) + 151, 302);
	closedir(dp);
}

TC(telldir_start,
    "a cookie taken at the start leads back to the first "
    "entry")
{
	char first[MAXNAMLEN + 1];
	struct dirent *d;
	long pos;
	DIR *dp;

	populate(3);
	dp = opendir("d");
	pos = telldir(dp);
	d = readdir(dp);
	ATF_REQUIRE(d != NULL);
	strcpy(first, d->d_name);
	(void)count(dp);
	seekdir(dp, pos);
	d = readdir(dp);
	ATF_REQUIRE(d != NULL);
	ATF_CHECK_STREQ(d->d_name, first);
	closedir(dp);
}

TC(readdir_r_test, "readdir_r copies entries and ends with *result NULL")
{
	struct dirent ent, *res;
	DIR *dp;
	int n = 0;

	populate(2);
	dp = opendir("d");
	while (readdir_r(dp, &ent, &res) == 0 && res != NULL) {
		ATF_CHECK(res == &ent);
		n++;
	}
	ATF_CHECK_EQ(n, 4);
	ATF_CHECK(res == NULL);
	closedir(dp);
}

static int
only_f(const struct dirent *d)
{
	return d->d_name[0] == 'f';
}

TC(scandir_sorted, "scandir filters and sorts with alphasort")
{
	struct dirent **list;
	int n, i;

	ATF_REQUIRE(mkdir("d", 0755) == 0);
	touch("d/fc");
	touch("d/fa");
	touch("d/gz");
	touch("d/fb");
	n = scandir("d", &list, only_f, alphasort);
	ATF_REQUIRE_EQ(n, 3);
	ATF_CHECK_STREQ(list[0]->d_name, "fa");
	ATF_CHECK_STREQ(list[1]->d_name, "fb");
	ATF_CHECK_STREQ(list[2]->d_name, "fc");
	for (i = 0; i < n; i++)
		free(list[i]);
	free(list);
	n = scandir("d", &list, NULL, NULL);
	ATF_CHECK_EQ(n, 6);
	for (i = 0; i < n; i++)
		free(list[i]);
	free(list);
	errno = 0;
	ATF_CHECK_EQ(scandir("missing", &list, NULL, NULL), -1);
	ATF_CHECK_EQ(errno, ENOENT);
}

TC(dirent_layout, "struct dirent has NetBSD's fields and MAXNAMLEN 511")
{
	struct dirent d;

	ATF_CHECK_EQ(MAXNAMLEN, 511);
	ATF_CHECK_EQ(sizeof(d.d_name), 512);
	ATF_CHECK_EQ(sizeof(d.d_fileno), 8);
	ATF_CHECK_EQ(sizeof(d.d_reclen), 2);
	ATF_CHECK_EQ(sizeof(d.d_namlen), 2);
	ATF_CHECK_EQ(sizeof(d.d_type), 1);
}

TC(getdents_records,
    "getdents returns whole, 8-byte aligned struct "
    "dirent records with NUL-terminated names of d_namlen bytes")
{
	char buf[4096] __attribute__((aligned(8)));
	struct dirent *d;
	int fd, n, off, total = 0;

	populate(40);
	fd = open("d", O_RDONLY | O_DIRECTORY);
	ATF_REQUIRE(fd >= 0);
	while ((n = getdents(fd, buf, sizeof(buf))) > 0) {
		for (off = 0; off < n; off += d->d_reclen) {
			d = (struct dirent *)(void *)(buf + off);
			ATF_REQUIRE(d->d_reclen > 0);
			ATF_CHECK_EQ(d->d_reclen % 8, 0);
			ATF_CHECK(off + d->d_reclen <= n);
			ATF_CHECK_EQ(strlen(d->d_name), d->d_namlen);
			ATF_CHECK(
			    d->d_reclen >= _DIRENT_RECLEN(d, d->d_namlen));
			total++;
		}
	}
	ATF_CHECK_EQ(n, 0);
	ATF_CHECK_EQ(total, 42);
	errno = 0;
	ATF_CHECK_EQ(getdents(-1, buf, sizeof(buf)), -1);
	ATF_CHECK_EQ(errno, EBADF);
	close(fd);
	fd = open("d/f0", O_RDONLY);
	errno = 0;
	ATF_CHECK_EQ(getdents(fd, buf, sizeof(buf)), -1);
	ATF_CHECK_EQ(errno, ENOTDIR);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, getdents_records);
	ATF_TP_ADD_TC(tp, readdir_all);
	ATF_TP_ADD_TC(tp, readdir_many);
	ATF_TP_ADD_TC(tp, d_type);
	ATF_TP_ADD_TC(tp, d_fileno);
	ATF_TP_ADD_TC(tp, opendir_errors);
	ATF_TP_ADD_TC(tp, fdopendir_dirfd);
	ATF_TP_ADD_TC(tp, rewinddir_test);
	ATF_TP_ADD_TC(tp, telldir_seekdir);
	ATF_TP_ADD_TC(tp, telldir_start);
	ATF_TP_ADD_TC(tp, readdir_r_test);
	ATF_TP_ADD_TC(tp, scandir_sorted);
	ATF_TP_ADD_TC(tp, dirent_layout);
	return atf_no_error();
}
