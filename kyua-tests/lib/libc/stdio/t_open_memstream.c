/*
 * t_open_memstream: dynamically growing output streams: the buffer and
 * size published at each flush and at close, growth, seeking and zero
 * fill, and errors.
 */
#include <atf-c.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

ATF_TC_WITHOUT_HEAD(basic);
ATF_TC_BODY(basic, tc)
{
	char *buf = NULL;
	size_t size = 99;
	FILE *f;

	f = open_memstream(&buf, &size);
	ATF_REQUIRE(f != NULL);
	fprintf(f, "x=%d", 5);
	ATF_CHECK_EQ(fflush(f), 0);
	ATF_CHECK_STREQ(buf, "x=5");
	ATF_CHECK_EQ(size, 3);
	fputs(" more", f);
	ATF_CHECK_EQ(fclose(f), 0);
	ATF_CHECK_STREQ(buf, "x=5 more");
	ATF_CHECK_EQ(size, 8);
	free(buf);
}

ATF_TC_WITHOUT_HEAD(empty);
ATF_TC_BODY(empty, tc)
{
	char *buf = NULL;
	size_t size = 99;
	FILE *f;

	f = open_memstream(&buf, &size);
	ATF_REQUIRE(f != NULL);
	fclose(f);
	ATF_REQUIRE(buf != NULL);
	ATF_CHECK_STREQ(buf, "");
	ATF_CHECK_EQ(size, 0);
	free(buf);
}

ATF_TC_WITHOUT_HEAD(grows);
ATF_TC_BODY(grows, tc)
{
	char *buf = NULL;
	size_t size, i;
	FILE *f;

	f = open_memstream(&buf, &size);
	ATF_REQUIRE(f != NULL);
	for (i = 0; i < 10000; i++)
		fputc('a' + (int)(i % 26), f);
	fclose(f);
	ATF_CHECK_EQ(size, 10000);
	ATF_CHECK_EQ(strlen(buf), 10000);
	ATF_CHECK_EQ(buf[9999], 'a' + 9999 % 26);
	free(buf);
}

ATF_TC_WITHOUT_HEAD(seek_overwrite);
ATF_TC_BODY(seek_overwrite, tc)
{
	char *buf = NULL;
	size_t size;
	FILE *f;

	f = open_memstream(&buf, &size);
	ATF_REQUIRE(f != NULL);
	fputs("abcdef", f);
	ATF_CHECK_EQ(fseek(f, 2, SEEK_SET), 0);
	fputs("XY", f);
	fflush(f);
	ATF_CHECK_STREQ(buf, "abXYef");
	ATF_CHECK_EQ(size, 4); /* the current position */
	fclose(f);
	free(buf);
}

ATF_TC_WITHOUT_HEAD(seek_past_end);
ATF_TC_BODY(seek_past_end, tc)
{
	char *buf = NULL;
	size_t size;
	FILE *f;

	f = open_memstream(&buf, &size);
	ATF_REQUIRE(f != NULL);
	fputs("ab", f);
	ATF_CHECK_EQ(fseek(f, 5, SEEK_SET), 0);
	fputs("z", f);
	fclose(f);
	ATF_CHECK_EQ(size, 6);
	ATF_CHECK(memcmp(buf, "ab\0\0\0z", 7) == 0);
	free(buf);
}

ATF_TC_WITHOUT_HEAD(errors);
ATF_TC_BODY(errors, tc)
{
	char *buf;
	size_t size;
	FILE *f;

	errno = 0;
	ATF_CHECK(open_memstream(NULL, &size) == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK(open_memstream(&buf, NULL) == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
	f = open_memstream(&buf, &size);
	ATF_REQUIRE(f != NULL);
	ATF_CHECK_EQ(fgetc(f), EOF); /* write-only */
	errno = 0;
	ATF_CHECK_EQ(fseek(f, -1, SEEK_SET), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	fclose(f);
	free(buf);
}

ATF_TC_WITHOUT_HEAD(wmemstream);
ATF_TC_BODY(wmemstream, tc)
{
	wchar_t *buf = NULL;
	size_t size = 99;
	FILE *f;

	f = open_wmemstream(&buf, &size);
	ATF_REQUIRE(f != NULL);
	ATF_CHECK(fwide(f, 0) > 0);
	ATF_CHECK_EQ(fwprintf(f, L"n=%d;", 12), 5);
	ATF_CHECK_EQ(fputwc(L'z', f), L'z');
	ATF_CHECK_EQ(fflush(f), 0);
	ATF_CHECK_EQ(size, 6);
	ATF_CHECK(wcscmp(buf, L"n=12;z") == 0);
	ATF_CHECK_EQ(fclose(f), 0);
	ATF_CHECK(wcscmp(buf, L"n=12;z") == 0);
	free(buf);
	errno = 0;
	ATF_CHECK(open_wmemstream(NULL, &size) == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, basic);
	ATF_TP_ADD_TC(tp, empty);
	ATF_TP_ADD_TC(tp, grows);
	ATF_TP_ADD_TC(tp, seek_overwrite);
	ATF_TP_ADD_TC(tp, seek_past_end);
	ATF_TP_ADD_TC(tp, errors);
	ATF_TP_ADD_TC(tp, wmemstream);
	return atf_no_error();
}
