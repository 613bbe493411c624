/*
 * t_fopen: fopen, fdopen, freopen, fclose and fileno: the modes, their
 * effect on the file, and errno for bad modes and missing files.
 */
#include <atf-c.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void
make(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	ATF_REQUIRE(f != NULL);
	ATF_REQUIRE(fputs(text, f) >= 0);
	ATF_REQUIRE(fclose(f) == 0);
}

static void
expect(const char *path, const char *text)
{
	char buf[256];
	FILE *f = fopen(path, "r");
	size_t n;

	ATF_REQUIRE(f != NULL);
	n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	ATF_CHECK_STREQ(buf, text);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(mode_r);
ATF_TC_BODY(mode_r, tc)
{
	FILE *f;

	make("f", "data");
	f = fopen("f", "r");
	ATF_REQUIRE(f != NULL);
	ATF_CHECK_EQ(fgetc(f), 'd');
	ATF_CHECK_EQ(fputc('x', f), EOF); /* not writable */
	ATF_CHECK(ferror(f));
	ATF_CHECK_EQ(fclose(f), 0);
	expect("f", "data");
}

ATF_TC_WITHOUT_HEAD(mode_w_truncates);
ATF_TC_BODY(mode_w_truncates, tc)
{
	FILE *f;

	make("f", "old contents");
	f = fopen("f", "w");
	ATF_REQUIRE(f != NULL);
	ATF_CHECK_EQ(fgetc(f), EOF); /* not readable */
	ATF_CHECK(fputs("new", f) >= 0);
	fclose(f);
	expect("f", "new");
}

ATF_TC_WITHOUT_HEAD(mode_a_appends);
ATF_TC_BODY(mode_a_appends, tc)
{
	FILE *f;

	make("f", "one");
	f = fopen("f", "a");
	ATF_REQUIRE(f != NULL);
	fputs("two", f);
	fseek(f, 0, SEEK_SET); /* appends still go to the end */
	fputs("three", f);
	fclose(f);
	expect("f", "onetwothree");
}

ATF_TC_WITHOUT_HEAD(mode_r_plus);
ATF_TC_BODY(mode_r_plus, tc)
{
	FILE *f;

	make("f", "abcdef");
	f = fopen("f", "r+");
	ATF_REQUIRE(f != NULL);
	ATF_CHECK_EQ(fgetc(f), 'a');
	ATF_CHECK_EQ(fseek(f, 0, SEEK_CUR), 0); /* required to switch */
	ATF_CHECK_EQ(fputc('X', f), 'X');
	fclose(f);
	expect("f", "aXcdef");
}

ATF_TC_WITHOUT_HEAD(mode_w_plus);
ATF_TC_BODY(mode_w_plus, tc)
{
	char buf[16];
	FILE *f;

	make("f", "something long");
	f = fopen("f", "w+");
	ATF_REQUIRE(f != NULL);
	fputs("hi", f);
	rewind(f);
	ATF_REQUIRE(fgets(buf, sizeof(buf), f) != NULL);
	ATF_CHECK_STREQ(buf, "hi");
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(mode_a_plus);
ATF_TC_BODY(mode_a_plus, tc)
{
	char buf[16];
	FILE *f;

	make("f", "abc");
	f = fopen("f", "a+");
	ATF_REQUIRE(f != NULL);
	rewind(f);
	ATF_REQUIRE(fgets(buf, sizeof(buf), f) != NULL);
	ATF_CHECK_STREQ(buf, "abc");
	fputs("d", f);
	fclose(f);
	expect("f", "abcd");
}

ATF_TC_WITHOUT_HEAD(mode_x_exclusive);
ATF_TC_BODY(mode_x_exclusive, tc)
{
	FILE *f;

	f = fopen("new", "wx");
	ATF_REQUIRE(f != NULL);
	fclose(f);
	errno = 0;
	ATF_CHECK(fopen("new", "wx") == NULL);
	ATF_CHECK_EQ(errno, EEXIST);
}

ATF_TC_WITHOUT_HEAD(mode_b_and_e);
ATF_TC_BODY(mode_b_and_e, tc)
{
	FILE *f;

	make("f", "x");
	f = fopen("f", "rb");
	ATF_REQUIRE(f != NULL);
	fclose(f);
	f = fopen("f", "r+b");
	ATF_REQUIRE(f != NULL);
	fclose(f);
	f = fopen("f", "re");
	ATF_REQUIRE(f != NULL);
	ATF_CHECK(fcntl(fileno(f), F_GETFD) & FD_CLOEXEC);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(bad_mode);
ATF_TC_BODY(bad_mode, tc)
{
	static const char *modes[] = { "", "z", "rw", "r+z", "+r", "x" };
	size_t i;

	make("f", "x");
	for (i = 0; i < sizeof(modes) / sizeof(modes[0]); i++) {
		errno = 0;
		ATF_CHECK_MSG(
		    fopen("f", modes[i]) == NULL, "mode \"%s\"", modes[i]);
		ATF_CHECK_EQ_MSG(errno, EINVAL, "mode \"%s\"", modes[i]);
	}
}

ATF_TC_WITHOUT_HEAD(enoent);
ATF_TC_BODY(enoent, tc)
{
	errno = 0;
	ATF_CHECK(fopen("does/not/exist", "r") == NULL);
	ATF_CHECK_EQ(errno, ENOENT);
	errno = 0;
	ATF_CHECK(fopen("missing", "r+") == NULL);
	ATF_CHECK_EQ(errno, ENOENT);
}

ATF_TC_WITHOUT_HEAD(eisdir);
ATF_TC_BODY(eisdir, tc)
{
	ATF_REQUIRE(mkdir("d", 0755) == 0);
	errno = 0;
	ATF_CHECK(fopen("d", "w") == NULL);
	ATF_CHECK_EQ(errno, EISDIR);
}

ATF_TC_WITHOUT_HEAD(fdopen_modes);
ATF_TC_BODY(fdopen_modes, tc)
{
	FILE *f;
	int fd;

	make("f", "abc");
	fd = open("f", O_RDONLY);
	ATF_REQUIRE(fd >= 0);
	errno = 0;
	ATF_CHECK(fdopen(fd, "w") == NULL); /* not writable */
	ATF_CHECK_EQ(errno, EINVAL);
	f = fdopen(fd, "r");
	ATF_REQUIRE(f != NULL);
	ATF_CHECK_EQ(fileno(f), fd);
	ATF_CHECK_EQ(fgetc(f), 'a');
	fclose(f);
	errno = 0;
	ATF_CHECK(fdopen(fd, "r") == NULL); /* closed by fclose */
	ATF_CHECK_EQ(errno, EBADF);
	errno = 0;
	ATF_CHECK(fdopen(0, "q") == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
}

ATF_TC_WITHOUT_HEAD(freopen_file);
ATF_TC_BODY(freopen_file, tc)
{
	FILE *f, *g;

	make("a", "AAA");
	make("b", "BBB");
	f = fopen("a", "r");
	ATF_REQUIRE(f != NULL);
	ATF_CHECK_EQ(fgetc(f), 'A');
	g = freopen("b", "r", f);
	ATF_REQUIRE(g == f);
	ATF_CHECK_EQ(fgetc(f), 'B');
	g = freopen("a", "w", f);
	ATF_REQUIRE(g == f);
	fputs("new", f);
	fclose(f);
	expect("a", "new");
}

ATF_TC_WITHOUT_HEAD(freopen_stdout);
ATF_TC_BODY(freopen_stdout, tc)
{
	ATF_REQUIRE(freopen("out", "w", stdout) == stdout);
	printf("to the file %d\n", 7);
	fclose(stdout);
	expect("out", "to the file 7\n");
}

ATF_TC_WITHOUT_HEAD(freopen_after_fclose);
ATF_TC_BODY(freopen_after_fclose, tc)
{
	FILE *g;

	ATF_REQUIRE(fclose(stdout) == 0);
	g = fopen("other", "w"); /* may well get descriptor 1 */
	ATF_REQUIRE(g != NULL);
	/* reopening the closed stdout must not close g's descriptor */
	ATF_REQUIRE(freopen("out", "w", stdout) == stdout);
	ATF_CHECK(fputs("g", g) >= 0);
	ATF_CHECK_EQ(fclose(g), 0);
	printf("s");
	ATF_CHECK_EQ(fclose(stdout), 0);
	expect("other", "g");
	expect("out", "s");
	errno = 0;
	ATF_CHECK_EQ(fclose(stdout), EOF); /* already closed */
	ATF_CHECK_EQ(errno, EBADF);
}

ATF_TC_WITHOUT_HEAD(freopen_bad_mode);
ATF_TC_BODY(freopen_bad_mode, tc)
{
	FILE *f;

	make("a", "x");
	f = fopen("a", "r");
	ATF_REQUIRE(f != NULL);
	errno = 0;
	ATF_CHECK(freopen("a", "k", f) == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(fileno_std);
ATF_TC_BODY(fileno_std, tc)
{
	ATF_CHECK_EQ(fileno(stdin), 0);
	ATF_CHECK_EQ(fileno(stdout), 1);
	ATF_CHECK_EQ(fileno(stderr), 2);
}

ATF_TC_WITHOUT_HEAD(fclose_flushes);
ATF_TC_BODY(fclose_flushes, tc)
{
	FILE *f;
	struct stat st;

	f = fopen("f", "w");
	ATF_REQUIRE(f != NULL);
	fputs("buffered", f);
	ATF_REQUIRE(stat("f", &st) == 0);
	ATF_CHECK_EQ(st.st_size, 0); /* still in the buffer */
	ATF_CHECK_EQ(fclose(f), 0);
	ATF_REQUIRE(stat("f", &st) == 0);
	ATF_CHECK_EQ(st.st_size, 8);
}

ATF_TC_WITHOUT_HEAD(fclose_gives_back_input);
ATF_TC_BODY(fclose_gives_back_input, tc)
{
	FILE *f;
	int fd, fd2;

	make("f", "0123456789");
	fd = open("f", O_RDONLY);
	ATF_REQUIRE(fd >= 0);
	fd2 = dup(fd); /* shares the offset */
	f = fdopen(fd, "r");
	ATF_REQUIRE(f != NULL);
	ATF_CHECK_EQ(fgetc(f), '0');
	ATF_CHECK_EQ(fgetc(f), '1');
	fclose(f);
	/* the buffer read ahead, but the offset is back at 2 */
	ATF_CHECK_EQ(lseek(fd2, 0, SEEK_CUR), 2);
	close(fd2);
}

ATF_TC_WITHOUT_HEAD(fclose_reports_close_error);
ATF_TC_BODY(fclose_reports_close_error, tc)
{
	FILE *f;

	f = fopen("f", "w");
	ATF_REQUIRE(f != NULL);
	fputs("x", f);
	close(fileno(f)); /* the flush and the close will fail */
	errno = 0;
	ATF_CHECK_EQ(fclose(f), EOF);
	ATF_CHECK_EQ(errno, EBADF);
}

ATF_TC_WITHOUT_HEAD(fdclose_keeps_fd);
ATF_TC_BODY(fdclose_keeps_fd, tc)
{
	char buf[8];
	FILE *f;
	int fd = -5;
	char mem[4];

	f = fopen("f", "w+");
	ATF_REQUIRE(f != NULL);
	fputs("kept", f);
	ATF_CHECK_EQ(fdclose(f, &fd), 0);
	ATF_REQUIRE(fd >= 0);
	ATF_CHECK_EQ(lseek(fd, 0, SEEK_SET), 0);     /* still open */
	ATF_CHECK_EQ(read(fd, buf, sizeof(buf)), 4); /* and flushed */
	close(fd);
	f = fmemopen(mem, sizeof(mem), "w");
	ATF_REQUIRE(f != NULL);
	errno = 0;
	ATF_CHECK_EQ(fdclose(f, &fd), EOF);
	ATF_CHECK_EQ(errno, EOPNOTSUPP);
	ATF_CHECK_EQ(fd, -1);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, mode_r);
	ATF_TP_ADD_TC(tp, mode_w_truncates);
	ATF_TP_ADD_TC(tp, mode_a_appends);
	ATF_TP_ADD_TC(tp, mode_r_plus);
	ATF_TP_ADD_TC(tp, mode_w_plus);
	ATF_TP_ADD_TC(tp, mode_a_plus);
	ATF_TP_ADD_TC(tp, mode_x_exclusive);
	ATF_TP_ADD_TC(tp, mode_b_and_e);
	ATF_TP_ADD_TC(tp, bad_mode);
	ATF_TP_ADD_TC(tp, enoent);
	ATF_TP_ADD_TC(tp, eisdir);
	ATF_TP_ADD_TC(tp, fdopen_modes);
	ATF_TP_ADD_TC(tp, freopen_file);
	ATF_TP_ADD_TC(tp, freopen_stdout);
	ATF_TP_ADD_TC(tp, freopen_after_fclose);
	ATF_TP_ADD_TC(tp, freopen_bad_mode);
	ATF_TP_ADD_TC(tp, fileno_std);
	ATF_TP_ADD_TC(tp, fclose_flushes);
	ATF_TP_ADD_TC(tp, fclose_gives_back_input);
	ATF_TP_ADD_TC(tp, fclose_reports_close_error);
	ATF_TP_ADD_TC(tp, fdclose_keeps_fd);
	return atf_no_error();
}
