/*
 * t_fseek: fseek, fseeko, ftell, ftello, rewind, fgetpos, fsetpos: the
 * three origins, positions with buffered input and output, switching
 * between reading and writing, and errors (EINVAL, ESPIPE).
 */
#include <atf-c.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static FILE *
with(const char *text)
{
	FILE *f = fopen("f", "w+");

	ATF_REQUIRE(f != NULL);
	fputs(text, f);
	rewind(f);
	return f;
}

ATF_TC_WITHOUT_HEAD(origins);
ATF_TC_BODY(origins, tc)
{
	FILE *f = with("0123456789");

	ATF_CHECK_EQ(fseek(f, 3, SEEK_SET), 0);
	ATF_CHECK_EQ(fgetc(f), '3');
	ATF_CHECK_EQ(fseek(f, 2, SEEK_CUR), 0);
	ATF_CHECK_EQ(fgetc(f), '6');
	ATF_CHECK_EQ(fseek(f, -1, SEEK_END), 0);
	ATF_CHECK_EQ(fgetc(f), '9');
	ATF_CHECK_EQ(fseek(f, -3, SEEK_CUR), 0);
	ATF_CHECK_EQ(fgetc(f), '7');
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(ftell_reading);
ATF_TC_BODY(ftell_reading, tc)
{
	char buf[4];
	FILE *f = with("0123456789");

	ATF_CHECK_EQ(ftell(f), 0);
	fread(buf, 1, 4, f);
	ATF_CHECK_EQ(ftell(f), 4); /* not where the fd is */
	ATF_CHECK_EQ(ftello(f), 4);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(ftell_writing);
ATF_TC_BODY(ftell_writing, tc)
{
	FILE *f = fopen("f", "w");

	ATF_REQUIRE(f != NULL);
	fputs("abc", f);
	ATF_CHECK_EQ(ftell(f), 3); /* pending output counts */
	ATF_CHECK_EQ(lseek(fileno(f), 0, SEEK_CUR), 0);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(seek_flushes_output);
ATF_TC_BODY(seek_flushes_output, tc)
{
	char buf[8] = "";
	FILE *f = with("");

	fputs("hello", f);
	ATF_CHECK_EQ(fseek(f, 0, SEEK_SET), 0);
	ATF_CHECK_EQ(fread(buf, 1, 5, f), 5);
	ATF_CHECK_STREQ(buf, "hello");
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(read_then_write);
ATF_TC_BODY(read_then_write, tc)
{
	char buf[16] = "";
	FILE *f = with("abcdef");

	ATF_CHECK_EQ(fgetc(f), 'a');
	ATF_CHECK_EQ(fseek(f, 0, SEEK_CUR), 0);
	fputs("XY", f);
	ATF_CHECK_EQ(fseek(f, 0, SEEK_SET), 0);
	fread(buf, 1, 6, f);
	ATF_CHECK_STREQ(buf, "aXYdef");
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(clears_eof);
ATF_TC_BODY(clears_eof, tc)
{
	FILE *f = with("a");

	fgetc(f);
	fgetc(f);
	ATF_CHECK(feof(f));
	fseek(f, 0, SEEK_SET);
	ATF_CHECK(!feof(f));
	ATF_CHECK_EQ(fgetc(f), 'a');
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(past_end);
ATF_TC_BODY(past_end, tc)
{
	char buf[8];
	FILE *f = with("ab");

	ATF_CHECK_EQ(fseek(f, 5, SEEK_SET), 0);
	fputc('z', f);
	rewind(f);
	ATF_CHECK_EQ(fread(buf, 1, 8, f), 6);
	ATF_CHECK(memcmp(buf, "ab\0\0\0z", 6) == 0);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(errors);
ATF_TC_BODY(errors, tc)
{
	FILE *f = with("abc");

	errno = 0;
	ATF_CHECK_EQ(fseek(f, 0, 42), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(fseek(f, -10, SEEK_SET), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(espipe);
ATF_TC_BODY(espipe, tc)
{
	int fd[2];
	FILE *f;

	ATF_REQUIRE(pipe(fd) == 0);
	f = fdopen(fd[0], "r");
	ATF_REQUIRE(f != NULL);
	errno = 0;
	ATF_CHECK_EQ(fseek(f, 0, SEEK_SET), -1);
	ATF_CHECK_EQ(errno, ESPIPE);
	errno = 0;
	ATF_CHECK_EQ(ftell(f), -1);
	ATF_CHECK_EQ(errno, ESPIPE);
	fclose(f);
	close(fd[1]);
}

ATF_TC_WITHOUT_HEAD(rewind_clears_error);
ATF_TC_BODY(rewind_clears_error, tc)
{
	FILE *f;

	f = fopen("f", "w");
	ATF_REQUIRE(f != NULL);
	fclose(f);
	f = fopen("f", "r");
	ATF_REQUIRE(f != NULL);
	fputc('x', f);
	ATF_CHECK(ferror(f));
	rewind(f);
	ATF_CHECK(!ferror(f));
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(getpos_setpos);
ATF_TC_BODY(getpos_setpos, tc)
{
	fpos_t pos;
	FILE *f = with("0123456789");

	fgetc(f);
	fgetc(f);
	ATF_CHECK_EQ(fgetpos(f, &pos), 0);
	fgetc(f);
	fgetc(f);
	ATF_CHECK_EQ(fsetpos(f, &pos), 0);
	ATF_CHECK_EQ(fgetc(f), '2');
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(append_ftell);
ATF_TC_BODY(append_ftell, tc)
{
	FILE *f;

	f = with("12345");
	fclose(f);
	f = fopen("f", "a");
	ATF_REQUIRE(f != NULL);
	fputs("67", f);
	ATF_CHECK_EQ(ftell(f), 7);
	fclose(f);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, origins);
	ATF_TP_ADD_TC(tp, ftell_reading);
	ATF_TP_ADD_TC(tp, ftell_writing);
	ATF_TP_ADD_TC(tp, seek_flushes_output);
	ATF_TP_ADD_TC(tp, read_then_write);
	ATF_TP_ADD_TC(tp, clears_eof);
	ATF_TP_ADD_TC(tp, past_end);
	ATF_TP_ADD_TC(tp, errors);
	ATF_TP_ADD_TC(tp, espipe);
	ATF_TP_ADD_TC(tp, rewind_clears_error);
	ATF_TP_ADD_TC(tp, getpos_setpos);
	ATF_TP_ADD_TC(tp, append_ftell);
	return atf_no_error();
}
