/*
 * t_getline: getline, getdelim and fgetln: lines with and without a
 * final newline, buffer growth, embedded NULs, delimiters, EOF and the
 * EINVAL cases.
 */
#include <atf-c.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static FILE *
with(const char *text, size_t n)
{
	FILE *f = fopen("in", "w+");

	ATF_REQUIRE(f != NULL);
	ATF_REQUIRE(fwrite(text, 1, n, f) == n);
	rewind(f);
	return f;
}

ATF_TC_WITHOUT_HEAD(lines);
ATF_TC_BODY(lines, tc)
{
	char *line = NULL;
	size_t cap = 0;
	FILE *f = with("one\ntwo\n\nlast", 13);

	ATF_CHECK_EQ(getline(&line, &cap, f), 4);
	ATF_CHECK_STREQ(line, "one\n");
	ATF_CHECK(cap >= 5);
	ATF_CHECK_EQ(getline(&line, &cap, f), 4);
	ATF_CHECK_STREQ(line, "two\n");
	ATF_CHECK_EQ(getline(&line, &cap, f), 1);
	ATF_CHECK_STREQ(line, "\n");
	ATF_CHECK_EQ(getline(&line, &cap, f), 4);
	ATF_CHECK_STREQ(line, "last");
	ATF_CHECK_EQ(getline(&line, &cap, f), -1);
	ATF_CHECK(feof(f));
	free(line);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(long_line);
ATF_TC_BODY(long_line, tc)
{
	char *text = malloc(100001), *line = NULL;
	size_t cap = 0;
	FILE *f;

	ATF_REQUIRE(text != NULL);
	memset(text, 'q', 100000);
	text[99999] = '\n';
	f = with(text, 100000);
	ATF_CHECK_EQ(getline(&line, &cap, f), 100000);
	ATF_CHECK(cap > 100000);
	ATF_CHECK_EQ(line[99998], 'q');
	ATF_CHECK_EQ(line[100000], '\0');
	free(line);
	free(text);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(embedded_nul);
ATF_TC_BODY(embedded_nul, tc)
{
	char *line = NULL;
	size_t cap = 0;
	FILE *f = with("a\0b\n", 4);

	ATF_CHECK_EQ(getline(&line, &cap, f), 4);
	ATF_CHECK(memcmp(line, "a\0b\n", 5) == 0);
	free(line);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(caller_buffer);
ATF_TC_BODY(caller_buffer, tc)
{
	char *line = malloc(4);
	size_t cap = 4;
	FILE *f = with("abcdefgh\n", 9);

	ATF_REQUIRE(line != NULL);
	ATF_CHECK_EQ(getline(&line, &cap, f), 9);
	ATF_CHECK_STREQ(line, "abcdefgh\n");
	ATF_CHECK(cap >= 10);
	free(line);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(getdelim_delims);
ATF_TC_BODY(getdelim_delims, tc)
{
	char *line = NULL;
	size_t cap = 0;
	FILE *f = with("a,b,,c", 6);

	ATF_CHECK_EQ(getdelim(&line, &cap, ',', f), 2);
	ATF_CHECK_STREQ(line, "a,");
	ATF_CHECK_EQ(getdelim(&line, &cap, ',', f), 2);
	ATF_CHECK_EQ(getdelim(&line, &cap, ',', f), 1);
	ATF_CHECK_STREQ(line, ",");
	ATF_CHECK_EQ(getdelim(&line, &cap, ',', f), 1);
	ATF_CHECK_STREQ(line, "c");
	ATF_CHECK_EQ(getdelim(&line, &cap, ',', f), -1);
	free(line);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(einval);
ATF_TC_BODY(einval, tc)
{
	char *line = NULL;
	size_t cap = 0;
	FILE *f = with("x\n", 2);

	errno = 0;
	ATF_CHECK_EQ(getline(NULL, &cap, f), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(getline(&line, NULL, f), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	errno = 0;
	ATF_CHECK_EQ(getdelim(NULL, NULL, ',', f), -1);
	ATF_CHECK_EQ(errno, EINVAL);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(empty_file);
ATF_TC_BODY(empty_file, tc)
{
	char *line = NULL;
	size_t cap = 0;
	FILE *f = with("", 0);

	ATF_CHECK_EQ(getline(&line, &cap, f), -1);
	ATF_CHECK(feof(f));
	ATF_CHECK(!ferror(f));
	free(line);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(fgetln_lines);
ATF_TC_BODY(fgetln_lines, tc)
{
	size_t len;
	char *p;
	FILE *f = with("ab\ncde", 6);

	p = fgetln(f, &len);
	ATF_REQUIRE(p != NULL);
	ATF_CHECK_EQ(len, 3);
	ATF_CHECK(memcmp(p, "ab\n", 3) == 0);
	p = fgetln(f, &len);
	ATF_REQUIRE(p != NULL);
	ATF_CHECK_EQ(len, 3);
	ATF_CHECK(memcmp(p, "cde", 3) == 0);
	ATF_CHECK(fgetln(f, &len) == NULL);
	fclose(f);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, lines);
	ATF_TP_ADD_TC(tp, long_line);
	ATF_TP_ADD_TC(tp, embedded_nul);
	ATF_TP_ADD_TC(tp, caller_buffer);
	ATF_TP_ADD_TC(tp, getdelim_delims);
	ATF_TP_ADD_TC(tp, einval);
	ATF_TP_ADD_TC(tp, empty_file);
	ATF_TP_ADD_TC(tp, fgetln_lines);
	return atf_no_error();
}
