/*
 * t_fparseln: fparseln(3): logical lines, comments, continuation lines,
 * line counting, each FPARSELN_UNESC* flag, custom and disabled
 * delimiters, end of file and errors.
 */
#include <atf-c.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "h_tc.h"

static FILE *
text(const char *s)
{
	FILE *f = fmemopen((void *)(uintptr_t)s, strlen(s), "r");

	ATF_REQUIRE(f != NULL);
	return f;
}

/* The next line of f must be `want' and have read `lines' lines. */
static void
expect(FILE *f, const char *delim, int flags, const char *want, size_t lines)
{
	size_t len = 12345, lineno = 100;
	char *l;

	l = fparseln(f, &len, &lineno, delim, flags);
	ATF_REQUIRE_MSG(l != NULL, "expected \"%s\", got NULL", want);
	ATF_CHECK_STREQ(l, want);
	ATF_CHECK_EQ(len, strlen(want));
	ATF_CHECK_EQ(lineno, 100 + lines);
	free(l);
}

static void
expect_eof(FILE *f)
{
	size_t lineno = 7;

	ATF_CHECK(fparseln(f, NULL, &lineno, NULL, 0) == NULL);
	ATF_CHECK_EQ(lineno, 7);
	fclose(f);
}

TC(plain_lines, "lines come back without their newline, one at a time")
{
	FILE *f = text("one\ntwo\n\nlast");

	expect(f, NULL, 0, "one", 1);
	expect(f, NULL, 0, "two", 1);
	expect(f, NULL, 0, "", 1);
	expect(f, NULL, 0, "last", 1);
	expect_eof(f);
}

TC(comments, "an unescaped # starts a comment to the end of the line")
{
	FILE *f = text("key = value # the value\n# only a comment\nx#y\n");

	expect(f, NULL, 0, "key = value ", 1);
	expect(f, NULL, 0, "", 1);
	expect(f, NULL, 0, "x", 1);
	expect_eof(f);
}

TC(continuation, "a trailing backslash joins the next line, counted")
{
	FILE *f = text("a \\\nb \\\nc\nd\n");

	expect(f, NULL, 0, "a b c", 3);
	expect(f, NULL, 0, "d", 1);
	expect_eof(f);
}

TC(continuation_at_eof, "a continuation on the last line ends at EOF")
{
	FILE *f = text("end \\\n");

	expect(f, NULL, 0, "end ", 1);
	expect_eof(f);
}

TC(comment_stops_continuation,
    "a backslash inside a comment does not "
    "continue the line")
{
	FILE *f = text("a # note \\\nb\n");

	expect(f, NULL, 0, "a ", 1);
	expect(f, NULL, 0, "b", 1);
	expect_eof(f);
}

TC(escapes_kept, "by default an escape and its character both stay")
{
	FILE *f = text("a\\#b\\\\c\\xd\n");

	expect(f, NULL, 0, "a\\#b\\\\c\\xd", 1);
	expect_eof(f);
}

TC(escaped_backslash_at_end,
    "an escaped backslash at the end is not a "
    "continuation")
{
	FILE *f = text("a\\\\\nb\n");

	expect(f, NULL, 0, "a\\\\", 1);
	expect(f, NULL, 0, "b", 1);
	expect_eof(f);
}

TC(unesccomm, "FPARSELN_UNESCCOMM removes the escape before #, only")
{
	FILE *f = text("a\\#b\\\\c\\x\n");

	expect(f, NULL, FPARSELN_UNESCCOMM, "a#b\\\\c\\x", 1);
	expect_eof(f);
}

TC(unescesc, "FPARSELN_UNESCESC removes the escape before an escape, only")
{
	FILE *f = text("a\\#b\\\\c\\x\n");

	expect(f, NULL, FPARSELN_UNESCESC, "a\\#b\\c\\x", 1);
	expect_eof(f);
}

TC(unesccont,
    "FPARSELN_UNESCCONT removes the escape before an escaped "
    "continuation character")
{
	static const char d[3] = { '\\', '+', '#' };
	FILE *f = text("a\\+b\\#\nc+\nd\n");

	expect(f, d, FPARSELN_UNESCCONT, "a+b\\#", 1);
	expect(f, d, FPARSELN_UNESCCONT, "cd", 2);
	expect_eof(f);
}

TC(unescrest,
    "FPARSELN_UNESCREST removes the escape before any other "
    "character")
{
	FILE *f = text("\\a\\#\\\\\\z\n");

	expect(f, NULL, FPARSELN_UNESCREST, "a\\#\\\\z", 1);
	expect_eof(f);
}

TC(unescall,
    "FPARSELN_UNESCALL removes every escape, and an escaped "
    "escape is not taken as an escape again")
{
	FILE *f = text("\\a\\#\\\\#comment\n\\\\\\\\x\n");

	ATF_CHECK_EQ(FPARSELN_UNESCALL,
	    FPARSELN_UNESCESC | FPARSELN_UNESCCONT | FPARSELN_UNESCCOMM |
		FPARSELN_UNESCREST);
	expect(f, NULL, FPARSELN_UNESCALL, "a#\\", 1);
	expect(f, NULL, FPARSELN_UNESCALL, "\\\\x", 1);
	expect_eof(f);
}

TC(custom_delims, "other escape, continuation and comment characters")
{
	static const char d[3] = { '%', '&', ';' };
	FILE *f = text("a # b; c\nx &\ny %; z\n%&&\nw\n");

	expect(f, d, 0, "a # b", 1);
	expect(f, d, 0, "x y %; z", 2);
	expect(f, d, FPARSELN_UNESCALL, "&w", 2);
	expect_eof(f);
}

TC(disabled_delims,
    "NUL delimiters disable escapes, continuations and "
    "comments")
{
	static const char none[3] = { '\0', '\0', '\0' };
	FILE *f = text("a\\#b \\\nc\n");

	expect(f, none, FPARSELN_UNESCALL, "a\\#b \\", 1);
	expect(f, none, 0, "c", 1);
	expect_eof(f);
}

TC(no_comment_char, "with delim[2] NUL, # is an ordinary character")
{
	static const char d[3] = { '\\', '\\', '\0' };
	FILE *f = text("a#b \\\nc\n");

	expect(f, d, 0, "a#b c", 2);
	expect_eof(f);
}

TC(empty_stream, "an empty stream gives NULL and counts no line")
{
	FILE *f = tmpfile();

	ATF_REQUIRE(f != NULL);
	expect_eof(f);
}

TC(null_pointers, "len and lineno may be NULL")
{
	FILE *f = text("x\\\ny\n");
	char *l = fparseln(f, NULL, NULL, NULL, 0);

	ATF_REQUIRE(l != NULL);
	ATF_CHECK_STREQ(l, "xy");
	free(l);
	fclose(f);
}

TC(null_stream, "a NULL stream is EINVAL")
{
	errno = 0;
	ATF_CHECK(fparseln(NULL, NULL, NULL, NULL, 0) == NULL);
	ATF_CHECK_EQ(errno, EINVAL);
}

TC(long_line, "a line of 20000 bytes in pieces is joined whole")
{
	static char buf[20100], want[20100];
	FILE *f;
	size_t i, o = 0, w = 0;

	for (i = 0; i < 4; i++) {
		memset(buf + o, 'a' + (int)i, 5000);
		memset(want + w, 'a' + (int)i, 5000);
		o += 5000;
		w += 5000;
		memcpy(buf + o, "\\\n", 2);
		o += 2;
	}
	buf[o++] = '\n';
	f = text(buf);
	expect(f, NULL, 0, want, 5);
	expect_eof(f);
}

TC(file_stream, "lines from a file, counted across calls")
{
	FILE *f = fopen("conf", "w+");
	size_t lineno = 0;
	char *l;
	int n = 0;

	ATF_REQUIRE(f != NULL);
	fputs("# header\n\nname = a \\\n  b\nother\n", f);
	rewind(f);
	while ((l = fparseln(f, NULL, &lineno, NULL, 0)) != NULL) {
		n++;
		free(l);
	}
	ATF_CHECK_EQ(n, 4);
	ATF_CHECK_EQ(lineno, 5);
	fclose(f);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, plain_lines);
	ATF_TP_ADD_TC(tp, comments);
	ATF_TP_ADD_TC(tp, continuation);
	ATF_TP_ADD_TC(tp, continuation_at_eof);
	ATF_TP_ADD_TC(tp, comment_stops_continuation);
	ATF_TP_ADD_TC(tp, escapes_kept);
	ATF_TP_ADD_TC(tp, escaped_backslash_at_end);
	ATF_TP_ADD_TC(tp, unesccomm);
	ATF_TP_ADD_TC(tp, unescesc);
	ATF_TP_ADD_TC(tp, unesccont);
	ATF_TP_ADD_TC(tp, unescrest);
	ATF_TP_ADD_TC(tp, unescall);
	ATF_TP_ADD_TC(tp, custom_delims);
	ATF_TP_ADD_TC(tp, disabled_delims);
	ATF_TP_ADD_TC(tp, no_comment_char);
	ATF_TP_ADD_TC(tp, empty_stream);
	ATF_TP_ADD_TC(tp, null_pointers);
	ATF_TP_ADD_TC(tp, null_stream);
	ATF_TP_ADD_TC(tp, long_line);
	ATF_TP_ADD_TC(tp, file_stream);
	return atf_no_error();
}
