/*
 * t_tmpfile: tmpfile, tmpnam, tempnam, remove and perror.
 */
#include <atf-c.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

ATF_TC_WITHOUT_HEAD(tmpfile_rw);
ATF_TC_BODY(tmpfile_rw, tc)
{
	char buf[16];
	struct stat st;
	FILE *f;

	f = tmpfile();
	ATF_REQUIRE(f != NULL);
	fputs("scratch", f);
	rewind(f);
	ATF_REQUIRE(fgets(buf, sizeof(buf), f) != NULL);
	ATF_CHECK_STREQ(buf, "scratch");
	/* already unlinked: no name refers to it */
	ATF_REQUIRE(fstat(fileno(f), &st) == 0);
	ATF_CHECK_EQ(st.st_nlink, 0);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(tmpfile_distinct);
ATF_TC_BODY(tmpfile_distinct, tc)
{
	FILE *a = tmpfile(), *b = tmpfile();

	ATF_REQUIRE(a != NULL && b != NULL);
	ATF_CHECK(fileno(a) != fileno(b));
	fputs("a", a);
	fputs("bb", b);
	fflush(a);
	fflush(b);
	ATF_CHECK_EQ(ftell(a), 1);
	ATF_CHECK_EQ(ftell(b), 2);
	fclose(a);
	fclose(b);
}

ATF_TC_WITHOUT_HEAD(tmpnam_unique);
ATF_TC_BODY(tmpnam_unique, tc)
{
	char a[L_tmpnam], b[L_tmpnam];

	ATF_REQUIRE(tmpnam(a) == a);
	ATF_REQUIRE(tmpnam(b) == b);
	ATF_CHECK(strcmp(a, b) != 0);
	ATF_CHECK(access(a, F_OK) != 0);
	ATF_CHECK(tmpnam(NULL) != NULL);
}

ATF_TC_WITHOUT_HEAD(tempnam_prefix);
ATF_TC_BODY(tempnam_prefix, tc)
{
	char cwd[1024], *s;

	ATF_REQUIRE(getcwd(cwd, sizeof(cwd)) != NULL);
	unsetenv("TMPDIR");
	s = tempnam(cwd, "abcdefgh");
	ATF_REQUIRE(s != NULL);
	ATF_CHECK(strncmp(s, cwd, strlen(cwd)) == 0);
	ATF_CHECK(strstr(s, "/abcde") != NULL);
	ATF_CHECK(strstr(s, "abcdef") == NULL); /* at most 5 bytes */
	free(s);
}

ATF_TC_WITHOUT_HEAD(remove_file_and_dir);
ATF_TC_BODY(remove_file_and_dir, tc)
{
	FILE *f = fopen("file", "w");

	ATF_REQUIRE(f != NULL);
	fclose(f);
	ATF_CHECK_EQ(remove("file"), 0);
	ATF_CHECK(access("file", F_OK) != 0);
	ATF_REQUIRE(mkdir("dir", 0755) == 0);
	ATF_CHECK_EQ(remove("dir"), 0);
	ATF_CHECK(access("dir", F_OK) != 0);
	errno = 0;
	ATF_CHECK_EQ(remove("nothing"), -1);
	ATF_CHECK_EQ(errno, ENOENT);
}

ATF_TC_WITHOUT_HEAD(remove_nonempty_dir);
ATF_TC_BODY(remove_nonempty_dir, tc)
{
	FILE *f;

	ATF_REQUIRE(mkdir("dir", 0755) == 0);
	f = fopen("dir/x", "w");
	ATF_REQUIRE(f != NULL);
	fclose(f);
	errno = 0;
	ATF_CHECK_EQ(remove("dir"), -1);
	ATF_CHECK(errno == ENOTEMPTY || errno == EEXIST);
}

ATF_TC_WITHOUT_HEAD(perror_text);
ATF_TC_BODY(perror_text, tc)
{
	char buf[256], want[256];
	FILE *f;
	int fd, saved;

	fflush(stderr);
	saved = dup(2);
	fd = open("err", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	ATF_REQUIRE(saved >= 0 && fd >= 0);
	dup2(fd, 2);
	errno = ENOENT;
	perror("prefix");
	errno = EACCES;
	perror(NULL);
	errno = EACCES;
	perror("");
	dup2(saved, 2);
	close(fd);
	snprintf(want, sizeof(want), "prefix: %s\n%s\n%s\n", strerror(ENOENT),
	    strerror(EACCES), strerror(EACCES));
	f = fopen("err", "r");
	ATF_REQUIRE(f != NULL);
	buf[fread(buf, 1, sizeof(buf) - 1, f)] = '\0';
	ATF_CHECK_STREQ(buf, want);
	fclose(f);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, tmpfile_rw);
	ATF_TP_ADD_TC(tp, tmpfile_distinct);
	ATF_TP_ADD_TC(tp, tmpnam_unique);
	ATF_TP_ADD_TC(tp, tempnam_prefix);
	ATF_TP_ADD_TC(tp, remove_file_and_dir);
	ATF_TP_ADD_TC(tp, remove_nonempty_dir);
	ATF_TP_ADD_TC(tp, perror_text);
	return atf_no_error();
}
