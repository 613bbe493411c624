/*
 * t_ungetc: pushback: the guaranteed byte, several in a row, effect on
 * the end-of-file indicator and the position, and discarding by seeks.
 */
#include <atf-c.h>
#include <stdio.h>

static FILE *
with(const char *text)
{
	FILE *f = fopen("in", "w+");

	ATF_REQUIRE(f != NULL);
	fputs(text, f);
	rewind(f);
	return f;
}

ATF_TC_WITHOUT_HEAD(one_byte);
ATF_TC_BODY(one_byte, tc)
{
	FILE *f = with("abc");

	ATF_CHECK_EQ(fgetc(f), 'a');
	ATF_CHECK_EQ(ungetc('a', f), 'a');
	ATF_CHECK_EQ(fgetc(f), 'a');
	ATF_CHECK_EQ(ungetc('Z', f), 'Z'); /* a different byte */
	ATF_CHECK_EQ(fgetc(f), 'Z');
	ATF_CHECK_EQ(fgetc(f), 'b');
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(before_any_read);
ATF_TC_BODY(before_any_read, tc)
{
	FILE *f = with("xyz");

	ATF_CHECK_EQ(ungetc('q', f), 'q');
	ATF_CHECK_EQ(fgetc(f), 'q');
	ATF_CHECK_EQ(fgetc(f), 'x');
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(several);
ATF_TC_BODY(several, tc)
{
	FILE *f = with("");
	int i;

	for (i = 0; i < 4; i++)
		ATF_CHECK_EQ(ungetc('1' + i, f), '1' + i);
	for (i = 3; i >= 0; i--)
		ATF_CHECK_EQ(fgetc(f), '1' + i);
	ATF_CHECK_EQ(fgetc(f), EOF);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(eof_rejected);
ATF_TC_BODY(eof_rejected, tc)
{
	FILE *f = with("a");

	ATF_CHECK_EQ(ungetc(EOF, f), EOF);
	ATF_CHECK_EQ(fgetc(f), 'a');
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(clears_eof);
ATF_TC_BODY(clears_eof, tc)
{
	FILE *f = with("a");

	ATF_CHECK_EQ(fgetc(f), 'a');
	ATF_CHECK_EQ(fgetc(f), EOF);
	ATF_CHECK(feof(f));
	ATF_CHECK_EQ(ungetc('b', f), 'b');
	ATF_CHECK(!feof(f));
	ATF_CHECK_EQ(fgetc(f), 'b');
	ATF_CHECK_EQ(fgetc(f), EOF);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(position);
ATF_TC_BODY(position, tc)
{
	FILE *f = with("abcdef");

	fgetc(f);
	fgetc(f);
	ATF_CHECK_EQ(ftell(f), 2);
	ungetc('b', f);
	ATF_CHECK_EQ(ftell(f), 1);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(seek_discards);
ATF_TC_BODY(seek_discards, tc)
{
	FILE *f = with("abcdef");

	fgetc(f);
	ungetc('Q', f);
	ATF_CHECK_EQ(fseek(f, 3, SEEK_SET), 0);
	ATF_CHECK_EQ(fgetc(f), 'd');
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(write_only_stream);
ATF_TC_BODY(write_only_stream, tc)
{
	FILE *f = fopen("out", "w");

	ATF_REQUIRE(f != NULL);
	ATF_CHECK_EQ(ungetc('x', f), EOF);
	fclose(f);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, one_byte);
	ATF_TP_ADD_TC(tp, before_any_read);
	ATF_TP_ADD_TC(tp, several);
	ATF_TP_ADD_TC(tp, eof_rejected);
	ATF_TP_ADD_TC(tp, clears_eof);
	ATF_TP_ADD_TC(tp, position);
	ATF_TP_ADD_TC(tp, seek_discards);
	ATF_TP_ADD_TC(tp, write_only_stream);
	return atf_no_error();
}
