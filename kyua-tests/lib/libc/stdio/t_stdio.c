/*
 * t_stdio: the remaining byte I/O: fgets, fputs, puts, fread, fwrite,
 * getc/putc and their unlocked forms, getw/putw, funopen streams,
 * flockfile, ctermid, clearerr and the standard streams' defaults.
 */
#include <atf-c.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static FILE *
with(const char *text, size_t n)
{
	FILE *f = fopen("f", "w+");

	ATF_REQUIRE(f != NULL);
	ATF_REQUIRE(fwrite(text, 1, n, f) == n);
	rewind(f);
	return f;
}

ATF_TC_WITHOUT_HEAD(fgets_cases);
ATF_TC_BODY(fgets_cases, tc)
{
	char buf[8];
	FILE *f = with("abc\ndefghijkl", 13);

	ATF_REQUIRE(fgets(buf, sizeof(buf), f) == buf);
	ATF_CHECK_STREQ(buf, "abc\n");
	ATF_REQUIRE(fgets(buf, sizeof(buf), f) == buf);
	ATF_CHECK_STREQ(buf, "defghij"); /* n - 1 bytes */
	ATF_REQUIRE(fgets(buf, sizeof(buf), f) == buf);
	ATF_CHECK_STREQ(buf, "kl"); /* last line, no newline */
	ATF_CHECK(fgets(buf, sizeof(buf), f) == NULL);
	ATF_CHECK(feof(f));
	errno = 0;
	ATF_CHECK(fgets(buf, 0, f) == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(fgets_size_one);
ATF_TC_BODY(fgets_size_one, tc)
{
	char buf[4] = "xyz";
	FILE *f = with("abc", 3);

	ATF_REQUIRE(fgets(buf, 1, f) == buf);
	ATF_CHECK_STREQ(buf, "");
	ATF_CHECK_EQ(fgetc(f), 'a');
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(fread_fwrite_objects);
ATF_TC_BODY(fread_fwrite_objects, tc)
{
	int in[100], out[101];
	FILE *f;
	int i;

	for (i = 0; i < 100; i++)
		in[i] = i * 7919;
	f = fopen("f", "w+");
	ATF_REQUIRE(f != NULL);
	ATF_CHECK_EQ(fwrite(in, sizeof(int), 100, f), 100);
	rewind(f);
	ATF_CHECK_EQ(fread(out, sizeof(int), 101, f), 100);
	ATF_CHECK(memcmp(in, out, sizeof(in)) == 0);
	ATF_CHECK(feof(f));
	ATF_CHECK_EQ(fwrite(in, 0, 5, f), 0);
	ATF_CHECK_EQ(fread(out, 5, 0, f), 0);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(fread_partial_object);
ATF_TC_BODY(fread_partial_object, tc)
{
	char buf[16];
	FILE *f = with("abcdefg", 7);

	ATF_CHECK_EQ(fread(buf, 4, 2, f), 1); /* 7 bytes: one whole */
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(fwrite_overflow);
ATF_TC_BODY(fwrite_overflow, tc)
{
	char c = 'x';
	FILE *f = fopen("f", "w");

	ATF_REQUIRE(f != NULL);
	errno = 0;
	ATF_CHECK_EQ(fwrite(&c, SIZE_MAX / 2, 4, f), 0);
	ATF_CHECK_EQ(errno, EOVERFLOW);
	ATF_CHECK(ferror(f));
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(large_fread_bypasses_buffer);
ATF_TC_BODY(large_fread_bypasses_buffer, tc)
{
	static char in[100000], out[100000];
	FILE *f;
	size_t i;

	for (i = 0; i < sizeof(in); i++)
		in[i] = (char)(i * 31 + 7);
	f = with(in, sizeof(in));
	ATF_CHECK_EQ(fgetc(f), (unsigned char)in[0]);
	ATF_CHECK_EQ(fread(out + 1, 1, sizeof(out) - 1, f), sizeof(out) - 1);
	out[0] = in[0];
	ATF_CHECK(memcmp(in, out, sizeof(in)) == 0);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(puts_and_putc);
ATF_TC_BODY(puts_and_putc, tc)
{
	char buf[32];
	FILE *f;

	ATF_REQUIRE(freopen("out", "w", stdout) == stdout);
	ATF_CHECK(puts("line") >= 0);
	ATF_CHECK_EQ(putchar('x'), 'x');
	ATF_CHECK_EQ(putchar_unlocked('y'), 'y');
	ATF_CHECK_EQ(putc('\n', stdout), '\n');
	fclose(stdout);
	f = fopen("out", "r");
	ATF_REQUIRE(f != NULL);
	buf[fread(buf, 1, sizeof(buf) - 1, f)] = '\0';
	ATF_CHECK_STREQ(buf, "line\nxy\n");
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(getc_forms);
ATF_TC_BODY(getc_forms, tc)
{
	FILE *f = with("\xff"
		       "ab",
	    3);

	ATF_CHECK_EQ(getc(f), 0xff); /* bytes are unsigned */
	ATF_CHECK_EQ(getc_unlocked(f), 'a');
	ATF_CHECK_EQ(fgetc(f), 'b');
	ATF_CHECK_EQ(getc(f), EOF);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(getw_putw);
ATF_TC_BODY(getw_putw, tc)
{
	FILE *f = fopen("f", "w+");

	ATF_REQUIRE(f != NULL);
	ATF_CHECK_EQ(putw(0x12345678, f), 0);
	ATF_CHECK_EQ(putw(-1, f), 0);
	rewind(f);
	ATF_CHECK_EQ(getw(f), 0x12345678);
	ATF_CHECK_EQ(getw(f), -1);
	ATF_CHECK(!feof(f));
	ATF_CHECK_EQ(getw(f), EOF);
	ATF_CHECK(feof(f));
	fclose(f);
}

struct cookie {
	char data[64];
	int pos, len, closed;
};

static int
ck_read(void *c, char *buf, int n)
{
	struct cookie *k = c;
	int m = k->len - k->pos < n ? k->len - k->pos : n;

	memcpy(buf, k->data + k->pos, (size_t)m);
	k->pos += m;
	return m;
}

static int
ck_write(void *c, const char *buf, int n)
{
	struct cookie *k = c;

	if (k->len + n > (int)sizeof(k->data))
		n = (int)sizeof(k->data) - k->len;
	memcpy(k->data + k->len, buf, (size_t)n);
	k->len += n;
	return n;
}

static int
ck_close(void *c)
{
	((struct cookie *)c)->closed = 1;
	return 0;
}

ATF_TC_WITHOUT_HEAD(funopen_streams);
ATF_TC_BODY(funopen_streams, tc)
{
	struct cookie k;
	char buf[16];
	FILE *f;

	memset(&k, 0, sizeof(k));
	f = funopen(&k, NULL, ck_write, NULL, ck_close);
	ATF_REQUIRE(f != NULL);
	fprintf(f, "cookie %d", 1);
	ATF_CHECK_EQ(k.len, 0); /* buffered */
	fclose(f);
	ATF_CHECK_EQ(k.closed, 1);
	ATF_CHECK_EQ(k.len, 8);
	ATF_CHECK(memcmp(k.data, "cookie 1", 8) == 0);
	f = funopen(&k, ck_read, NULL, NULL, NULL);
	ATF_REQUIRE(f != NULL);
	ATF_REQUIRE(fgets(buf, sizeof(buf), f) != NULL);
	ATF_CHECK_STREQ(buf, "cookie 1");
	ATF_CHECK_EQ(fputc('x', f), EOF); /* no write function */
	errno = 0;
	ATF_CHECK_EQ(fseek(f, 0, SEEK_SET), -1); /* no seek function */
	ATF_CHECK_EQ(errno, ESPIPE);
	fclose(f);
	errno = 0;
	ATF_CHECK(funopen(&k, NULL, NULL, NULL, NULL) == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
}

ATF_TC_WITHOUT_HEAD(locking_and_ctermid);
ATF_TC_BODY(locking_and_ctermid, tc)
{
	char buf[L_ctermid];

	flockfile(stdout);
	ATF_CHECK_EQ(ftrylockfile(stdout), 0);
	funlockfile(stdout);
	funlockfile(stdout);
	ATF_CHECK_STREQ(ctermid(buf), "/dev/tty");
	ATF_CHECK_STREQ(ctermid(NULL), "/dev/tty");
}

ATF_TC_WITHOUT_HEAD(clearerr_resets);
ATF_TC_BODY(clearerr_resets, tc)
{
	FILE *f = with("", 0);

	ATF_CHECK_EQ(fgetc(f), EOF);
	ATF_CHECK(feof(f));
	clearerr(f);
	ATF_CHECK(!feof(f));
	ATF_CHECK(!ferror(f));
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(stderr_unbuffered);
ATF_TC_BODY(stderr_unbuffered, tc)
{
	char buf[8];
	int fd[2], saved;
	ssize_t n;

	ATF_REQUIRE(pipe(fd) == 0);
	saved = dup(2);
	dup2(fd[1], 2);
	fputc('E', stderr);
	n = read(fd[0], buf, sizeof(buf)); /* there at once */
	dup2(saved, 2);
	ATF_CHECK_EQ(n, 1);
	ATF_CHECK_EQ(buf[0], 'E');
}

ATF_TC_WITHOUT_HEAD(stdout_full_buffered_on_file);
ATF_TC_BODY(stdout_full_buffered_on_file, tc)
{
	long size;
	FILE *f;
	pid_t pid;
	int st;

	pid = fork();
	ATF_REQUIRE(pid >= 0);
	if (pid == 0) {
		if (freopen("o", "w", stdout) == NULL)
			_exit(2);
		printf("line\n"); /* not a terminal: stays buffered */
		f = fopen("o", "r");
		fseek(f, 0, SEEK_END);
		size = ftell(f);
		_exit(size == 0 ? 0 : 1);
	}
	ATF_REQUIRE(waitpid(pid, &st, 0) == pid);
	ATF_CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
}

ATF_TC_WITHOUT_HEAD(write_error_enospc);
ATF_TC_BODY(write_error_enospc, tc)
{
	FILE *f;

	if (access("/dev/full", W_OK) != 0)
		atf_tc_skip("no /dev/full");
	f = fopen("/dev/full", "w");
	ATF_REQUIRE(f != NULL);
	ATF_CHECK(fputs("data", f) >= 0); /* buffered: no error yet */
	ATF_CHECK(!ferror(f));
	errno = 0;
	ATF_CHECK_EQ(fflush(f), EOF);
	ATF_CHECK_EQ(errno, ENOSPC);
	ATF_CHECK(ferror(f));
	clearerr(f);
	setvbuf(f, NULL, _IONBF, 0);
	ATF_CHECK_EQ(fputc('x', f), EOF); /* unbuffered: at once */
	ATF_CHECK(ferror(f));
	ATF_CHECK_EQ(fprintf(f, "%d", 1), -1);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(read_error_sets_ferror);
ATF_TC_BODY(read_error_sets_ferror, tc)
{
	FILE *f;
	int fd;

	fd = open("wo", O_WRONLY | O_CREAT, 0644);
	ATF_REQUIRE(fd >= 0);
	f = fdopen(fd, "w");
	ATF_REQUIRE(f != NULL);
	/* the stream is not readable: the error indicator, not EOF */
	ATF_CHECK_EQ(fgetc(f), EOF);
	ATF_CHECK(ferror(f));
	ATF_CHECK(!feof(f));
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(stdin_functions);
ATF_TC_BODY(stdin_functions, tc)
{
	char word[16];
	FILE *f;
	int n = 0;

	f = fopen("in", "w");
	ATF_REQUIRE(f != NULL);
	fputs("42 word\nxy", f);
	fclose(f);
	ATF_REQUIRE(freopen("in", "r", stdin) == stdin);
	ATF_CHECK_EQ(scanf("%d %15s", &n, word), 2);
	ATF_CHECK_EQ(n, 42);
	ATF_CHECK_STREQ(word, "word");
	ATF_CHECK_EQ(getchar(), '\n');
	ATF_CHECK_EQ(getchar_unlocked(), 'x');
	ATF_CHECK_EQ(getc(stdin), 'y');
	ATF_CHECK_EQ(getchar(), EOF);
	ATF_CHECK(feof(stdin));
}

/* Passed through a function so the compiler cannot see the NULL. */
static void *
nothing(void)
{
	return NULL;
}

ATF_TC_WITHOUT_HEAD(null_stream_errors);
ATF_TC_BODY(null_stream_errors, tc)
{
	FILE *nf = nothing();
	char buf[8];

	errno = 0;
	ATF_CHECK_EQ(fputc('x', nf), EOF);
	ATF_CHECK_EQ(errno, EBADF);
	errno = 0;
	ATF_CHECK_EQ(fgetc(nf), EOF);
	ATF_CHECK_EQ(errno, EBADF);
	errno = 0;
	ATF_CHECK_EQ(fileno(nf), -1);
	ATF_CHECK_EQ(errno, EBADF);
	errno = 0;
	ATF_CHECK_EQ(fseek(nf, 0, SEEK_SET), -1);
	ATF_CHECK_EQ(errno, EBADF);
	errno = 0;
	ATF_CHECK_EQ(ftell(nf), -1);
	ATF_CHECK_EQ(errno, EBADF);
	errno = 0;
	ATF_CHECK_EQ(fread(buf, 1, 1, nf), 0);
	ATF_CHECK_EQ(errno, EBADF);
	errno = 0;
	ATF_CHECK(fgets(buf, sizeof(buf), nf) == NULL);
	ATF_CHECK_EQ(errno, EBADF);
	errno = 0;
	ATF_CHECK_EQ(fprintf(nf, "%d", 1), -1);
	ATF_CHECK_EQ(errno, EBADF);
	errno = 0;
	ATF_CHECK_EQ(fclose(nf), EOF);
	ATF_CHECK_EQ(errno, EBADF);
	errno = 0;
	ATF_CHECK_EQ(fputs(nothing(), stdout), EOF);
	ATF_CHECK_EQ(errno, EINVAL);
}

ATF_TC_WITHOUT_HEAD(null_string_errors);
ATF_TC_BODY(null_string_errors, tc)
{
	int a;

	errno = 0;
	ATF_CHECK_EQ(sscanf(nothing(), "%d", &a), EOF);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(snprintf(nothing(), 5, "%d", 1), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(asprintf(nothing(), "%d", 1), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(snprintf(NULL, 0, nothing(), 0), -1);
	ATF_CHECK_EQ(errno, EFAULT);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, fgets_cases);
	ATF_TP_ADD_TC(tp, fgets_size_one);
	ATF_TP_ADD_TC(tp, fread_fwrite_objects);
	ATF_TP_ADD_TC(tp, fread_partial_object);
	ATF_TP_ADD_TC(tp, fwrite_overflow);
	ATF_TP_ADD_TC(tp, large_fread_bypasses_buffer);
	ATF_TP_ADD_TC(tp, puts_and_putc);
	ATF_TP_ADD_TC(tp, getc_forms);
	ATF_TP_ADD_TC(tp, getw_putw);
	ATF_TP_ADD_TC(tp, funopen_streams);
	ATF_TP_ADD_TC(tp, locking_and_ctermid);
	ATF_TP_ADD_TC(tp, clearerr_resets);
	ATF_TP_ADD_TC(tp, stderr_unbuffered);
	ATF_TP_ADD_TC(tp, stdout_full_buffered_on_file);
	ATF_TP_ADD_TC(tp, write_error_enospc);
	ATF_TP_ADD_TC(tp, read_error_sets_ferror);
	ATF_TP_ADD_TC(tp, stdin_functions);
	ATF_TP_ADD_TC(tp, null_stream_errors);
	ATF_TP_ADD_TC(tp, null_string_errors);
	return atf_no_error();
}
