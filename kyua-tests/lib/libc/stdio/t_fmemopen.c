/*
 * t_fmemopen: streams over a caller's buffer: reading, writing within
 * the size, NUL termination, append mode, seeking limits and errors.
 */
#include <atf-c.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

ATF_TC_WITHOUT_HEAD(read_all);
ATF_TC_BODY(read_all, tc)
{
	char buf[] = "hello world", out[32];
	FILE *f;

	f = fmemopen(buf, strlen(buf), "r");
	ATF_REQUIRE(f != NULL);
	ATF_CHECK_EQ(fread(out, 1, sizeof(out), f), 11);
	ATF_CHECK(memcmp(out, "hello world", 11) == 0);
	ATF_CHECK(feof(f));
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(read_scanf);
ATF_TC_BODY(read_scanf, tc)
{
	char buf[] = "12 34";
	int a, b;
	FILE *f;

	f = fmemopen(buf, strlen(buf), "r");
	ATF_REQUIRE(f != NULL);
	ATF_CHECK_EQ(fscanf(f, "%d %d", &a, &b), 2);
	ATF_CHECK_EQ(a + b, 46);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(write_terminates);
ATF_TC_BODY(write_terminates, tc)
{
	char buf[16];
	FILE *f;

	memset(buf, 'X', sizeof(buf));
	f = fmemopen(buf, sizeof(buf), "w");
	ATF_REQUIRE(f != NULL);
	ATF_CHECK_EQ(fprintf(f, "n=%d", 42), 4);
	ATF_CHECK_EQ(fflush(f), 0);
	ATF_CHECK_STREQ(buf, "n=42");
	fclose(f);
	ATF_CHECK_STREQ(buf, "n=42");
}

ATF_TC_WITHOUT_HEAD(write_full);
ATF_TC_BODY(write_full, tc)
{
	char buf[8];
	FILE *f;

	f = fmemopen(buf, sizeof(buf), "w");
	ATF_REQUIRE(f != NULL);
	setvbuf(f, NULL, _IONBF, 0);
	ATF_CHECK_EQ(fwrite("0123456789", 1, 10, f), 8);
	ATF_CHECK(ferror(f));
	ATF_CHECK(memcmp(buf, "01234567", 8) == 0);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(append);
ATF_TC_BODY(append, tc)
{
	char buf[16] = "abc";
	FILE *f;

	f = fmemopen(buf, sizeof(buf), "a");
	ATF_REQUIRE(f != NULL);
	ATF_CHECK_EQ(ftell(f), 3);
	fputs("def", f);
	fclose(f);
	ATF_CHECK_STREQ(buf, "abcdef");
}

ATF_TC_WITHOUT_HEAD(read_write_seek);
ATF_TC_BODY(read_write_seek, tc)
{
	char buf[16] = "0123456789";
	FILE *f;

	f = fmemopen(buf, 10, "r+");
	ATF_REQUIRE(f != NULL);
	ATF_CHECK_EQ(fseek(f, 4, SEEK_SET), 0);
	ATF_CHECK_EQ(fgetc(f), '4');
	ATF_CHECK_EQ(fseek(f, -2, SEEK_END), 0);
	ATF_CHECK_EQ(fgetc(f), '8');
	ATF_CHECK_EQ(fseek(f, 1, SEEK_SET), 0);
	fputc('X', f);
	fflush(f);
	ATF_CHECK(memcmp(buf, "0X23456789", 10) == 0);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(seek_limits);
ATF_TC_BODY(seek_limits, tc)
{
	char buf[8] = "abc";
	FILE *f;

	f = fmemopen(buf, sizeof(buf), "r+");
	ATF_REQUIRE(f != NULL);
	errno = 0;
	ATF_CHECK_EQ(fseek(f, -1, SEEK_SET), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(fseek(f, 9, SEEK_SET), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	ATF_CHECK_EQ(fseek(f, 8, SEEK_SET), 0);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(null_buffer);
ATF_TC_BODY(null_buffer, tc)
{
	char out[8];
	FILE *f;

	f = fmemopen(NULL, 16, "w+");
	ATF_REQUIRE(f != NULL);
	fputs("temp", f);
	rewind(f);
	ATF_REQUIRE(fgets(out, sizeof(out), f) != NULL);
	ATF_CHECK_STREQ(out, "temp");
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(errors);
ATF_TC_BODY(errors, tc)
{
	char buf[4];

	errno = 0;
	ATF_CHECK(fmemopen(buf, 0, "r") == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK(fmemopen(buf, sizeof(buf), "q") == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, read_all);
	ATF_TP_ADD_TC(tp, read_scanf);
	ATF_TP_ADD_TC(tp, write_terminates);
	ATF_TP_ADD_TC(tp, write_full);
	ATF_TP_ADD_TC(tp, append);
	ATF_TP_ADD_TC(tp, read_write_seek);
	ATF_TP_ADD_TC(tp, seek_limits);
	ATF_TP_ADD_TC(tp, null_buffer);
	ATF_TP_ADD_TC(tp, errors);
	return atf_no_error();
}
