/*
 * t_gencat: gencat(1): each source directive ($set, $delset, $quote,
 * comments), message deletion and empty messages, escapes and
 * continuation lines, merging into an existing catalogue, standard input
 * and output, the binary format, and the syntax errors.  Catalogues are
 * read back with catopen(3)/catgets(3).
 */
#include <atf-c.h>
#include <errno.h>
#include <limits.h>
#include <nl_types.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../lib/libc/nls/h_gencat.h"

#include "h_tc.h"

static nl_catd cat;

/* Build c.cat from text and open it. */
static void
build(const atf_tc_t *tc, const char *text)
{
	find_gencat(tc, "../../..");
	make_cat("c.cat", text);
	cat = catopen("./c.cat", 0);
	ATF_REQUIRE_MSG(cat != (nl_catd)-1, "catopen: %s", strerror(errno));
}

static const char *
msg(int set, int no)
{
	return catgets(cat, set, no, "<none>");
}

/* gencat on the source text must fail with a message naming line. */
static void
rejects(const atf_tc_t *tc, const char *text, const char *where)
{
	char *args[] = { "c.cat", "src.msg", NULL };
	char err[512] = "";
	FILE *f;

	find_gencat(tc, "../../..");
	write_file("src.msg", text);
	ATF_CHECK_EQ(run_gencat(NULL, args), 1);
	ATF_REQUIRE((f = fopen("gencat.err", "r")) != NULL);
	if (fgets(err, sizeof(err), f) == NULL)
		err[0] = '\0';
	fclose(f);
	ATF_CHECK_MSG(strstr(err, where) != NULL, "stderr \"%s\" lacks \"%s\"",
	    err, where);
}

TC(default_set, "messages before any $set go to NL_SETD")
{
	build(tc, "1 first\n2 second\n");
	ATF_CHECK_STREQ(msg(NL_SETD, 1), "first");
	ATF_CHECK_STREQ(msg(NL_SETD, 2), "second");
	ATF_CHECK_STREQ(msg(2, 1), "<none>");
}

TC(sets, "$set switches sets; a set named again is extended")
{
	build(tc,
	    "$set 3\n1 three-one\n$set 2 a comment\n1 two-one\n"
	    "$set 3\n2 three-two\n");
	ATF_CHECK_STREQ(msg(3, 1), "three-one");
	ATF_CHECK_STREQ(msg(3, 2), "three-two");
	ATF_CHECK_STREQ(msg(2, 1), "two-one");
	ATF_CHECK_STREQ(msg(1, 1), "<none>");
}

TC(delset, "$delset removes a set and its messages")
{
	build(tc, "$set 4\n1 gone\n$set 5\n1 kept\n$delset 4 comment\n");
	ATF_CHECK_STREQ(msg(4, 1), "<none>");
	ATF_CHECK_STREQ(msg(5, 1), "kept");
}

TC(delete_message, "a number alone deletes the message")
{
	build(tc, "1 a\n2 b\n3 c\n2\n");
	ATF_CHECK_STREQ(msg(1, 1), "a");
	ATF_CHECK_STREQ(msg(1, 2), "<none>");
	ATF_CHECK_STREQ(msg(1, 3), "c");
}

TC(empty_message, "a number and a blank store an empty message")
{
	build(tc, "1 \n2\tx\n");
	ATF_CHECK_STREQ(msg(1, 1), "");
	ATF_CHECK_STREQ(msg(1, 2), "x");
}

TC(redefine, "a later definition of a message replaces the earlier one")
{
	build(tc, "1 old\n1 new\n");
	ATF_CHECK_STREQ(msg(1, 1), "new");
}

TC(blanks_kept, "blanks after the separator belong to the text")
{
	build(tc, "1   three spaces  \n");
	ATF_CHECK_STREQ(msg(1, 1), "  three spaces  ");
}

TC(quote,
    "$quote: quoted text ends at the quote; \\ before it is a "
    "literal quote")
{
	build(tc,
	    "$quote \"\n1 \"a \\\"q\\\" b\" trailing ignored\n"
	    "2 unquoted \"text\"\n");
	ATF_CHECK_STREQ(msg(1, 1), "a \"q\" b");
	ATF_CHECK_STREQ(msg(1, 2), "unquoted \"text\"");
}

TC(quote_off, "$quote without a character turns quoting off")
{
	build(tc, "$quote '\n1 'x'\n$quote\n2 'y'\n");
	ATF_CHECK_STREQ(msg(1, 1), "x");
	ATF_CHECK_STREQ(msg(1, 2), "'y'");
}

TC(escapes, "\\n \\t \\v \\b \\r \\f \\\\ and octal escapes")
{
	build(tc, "1 a\\nb\\tc\\vd\\be\\rf\\fg\\\\h\n2 \\101\\0102\\7z\n");
	ATF_CHECK_STREQ(msg(1, 1), "a\nb\tc\vd\be\rf\fg\\h");
	ATF_CHECK_STREQ(msg(1, 2), "A\b2\az"); /* at most 3 digits */
}

TC(continuation, "a backslash at the end of a line continues the text")
{
	build(tc, "1 one \\\ntwo \\\nthree\n2 \\\\\n3 x\n");
	ATF_CHECK_STREQ(msg(1, 1), "one two three");
	ATF_CHECK_STREQ(msg(1, 2), "\\");
	ATF_CHECK_STREQ(msg(1, 3), "x");
}

TC(comments, "$ and a blank start a comment; blank lines are skipped")
{
	build(tc, "$ a comment\n\n   \n$\n1 real\n$\ttab comment\n");
	ATF_CHECK_STREQ(msg(1, 1), "real");
	ATF_CHECK_STREQ(msg(1, 2), "<none>");
}

TC(merge, "a second run merges into the existing catalogue")
{
	char *args[] = { "c.cat", "more.msg", NULL };

	find_gencat(tc, "../../..");
	make_cat("c.cat", "1 one\n2 two\n$set 2\n1 other\n");
	write_file("more.msg", "2 TWO\n3 three\n$delset 2\n");
	ATF_REQUIRE_EQ(run_gencat(NULL, args), 0);
	ATF_REQUIRE((cat = catopen("./c.cat", 0)) != (nl_catd)-1);
	ATF_CHECK_STREQ(msg(1, 1), "one");
	ATF_CHECK_STREQ(msg(1, 2), "TWO");
	ATF_CHECK_STREQ(msg(1, 3), "three");
	ATF_CHECK_STREQ(msg(2, 1), "<none>");
}

TC(several_sources, "several source files are read in order")
{
	char *args[] = { "c.cat", "a.msg", "b.msg", NULL };

	find_gencat(tc, "../../..");
	write_file("a.msg", "$set 3\n1 a\n");
	write_file("b.msg", "2 b\n");
	ATF_REQUIRE_EQ(run_gencat(NULL, args), 0);
	ATF_REQUIRE((cat = catopen("./c.cat", 0)) != (nl_catd)-1);
	ATF_CHECK_STREQ(msg(3, 1), "a");
	ATF_CHECK_STREQ(msg(1, 2), "b"); /* each file starts in NL_SETD */
}

TC(stdin_stdout,
    "- reads the source from stdin and writes the "
    "catalogue to stdout")
{
	char *args[] = { "-", "-", NULL };

	find_gencat(tc, "../../..");
	write_file("in.msg", "1 piped\n");
	ATF_REQUIRE_EQ(run_gencat("in.msg", args), 0);
	ATF_REQUIRE((cat = catopen("./gencat.out", 0)) != (nl_catd)-1);
	ATF_CHECK_STREQ(msg(1, 1), "piped");
}

TC(binary_format,
    "the file is NetBSD's: big-endian magic 0xff88ff89, "
    "counts and sets sorted by number")
{
	unsigned char b[64];
	FILE *f;

	find_gencat(tc, "../../..");
	make_cat("c.cat", "$set 9\n1 nine\n$set 2\n5 two\n6 two-b\n");
	ATF_REQUIRE((f = fopen("c.cat", "rb")) != NULL);
	ATF_REQUIRE_EQ(fread(b, 1, sizeof(b), f), sizeof(b));
	fclose(f);
	ATF_CHECK(memcmp(b, "\xff\x88\xff\x89", 4) == 0);
	ATF_CHECK(memcmp(b + 4, "\0\0\0\2", 4) == 0);	 /* sets */
	ATF_CHECK(memcmp(b + 12, "\0\0\0\x18", 4) == 0); /* 2 set headers */
	ATF_CHECK(memcmp(b + 16, "\0\0\0\x3c", 4) == 0); /* + 3 messages */
	ATF_CHECK(memcmp(b + 20, "\0\0\0\2\0\0\0\2\0\0\0\0", 12) == 0);
	ATF_CHECK(memcmp(b + 32, "\0\0\0\x9\0\0\0\1\0\0\0\2", 12) == 0);
	ATF_CHECK(memcmp(b + 44, "\0\0\0\5\0\0\0\4\0\0\0\0", 12) == 0);
}

TC(error_syntax,
    "a line that is neither directive nor message is an "
    "error naming file and line")
{
	rejects(tc, "1 ok\nwhat is this\n", "src.msg:2:");
}

TC(error_no_blank, "a message number must be followed by a blank")
{
	rejects(tc, "1 ok\n\n2x\n", "src.msg:3:");
}

TC(error_set_range, "set numbers outside 1..NL_SETMAX are errors")
{
	rejects(tc, "$set 0\n", "src.msg:1:");
	rejects(tc, "$set 256\n", "src.msg:1:");
	rejects(tc, "$set\n", "src.msg:1:");
	rejects(tc, "$delset x\n", "src.msg:1:");
}

TC(error_msg_range, "message number 0 or above NL_MSGMAX is an error")
{
	rejects(tc, "0 zero\n", "src.msg:1:");
	rejects(tc, "99999999999 big\n", "src.msg:1:");
}

TC(error_quote, "an unterminated quoted message is an error")
{
	rejects(tc, "$quote \"\n1 \"open\n", "src.msg:2:");
}

TC(error_nul, "a \\0 escape (a NUL in a message) is an error")
{
	rejects(tc, "1 a\\0b\n", "src.msg:1:");
}

TC(error_usage, "fewer than two operands is a usage error")
{
	char *one[] = { "c.cat", NULL };
	char *none[] = { NULL };

	find_gencat(tc, "../../..");
	ATF_CHECK_EQ(run_gencat(NULL, one), 1);
	ATF_CHECK_EQ(run_gencat(NULL, none), 1);
}

TC(error_missing_source,
    "a missing source file is an error and writes "
    "nothing")
{
	char *args[] = { "c.cat", "missing.msg", NULL };

	find_gencat(tc, "../../..");
	ATF_CHECK_EQ(run_gencat(NULL, args), 1);
	ATF_CHECK(access("c.cat", F_OK) != 0);
}

TC(error_not_catalogue,
    "an existing catfile that is not a catalogue is "
    "left alone")
{
	char *args[] = { "c.cat", "src.msg", NULL };
	char buf[32] = "";
	FILE *f;

	find_gencat(tc, "../../..");
	write_file("c.cat", "precious data\n");
	write_file("src.msg", "1 x\n");
	ATF_CHECK_EQ(run_gencat(NULL, args), 1);
	ATF_REQUIRE((f = fopen("c.cat", "r")) != NULL);
	ATF_CHECK(fgets(buf, sizeof(buf), f) != NULL);
	fclose(f);
	ATF_CHECK_STREQ(buf, "precious data\n");
}

/* Patch the 32-bit big-endian field at off of c.cat to v. */
static void
patch32(long off, unsigned long v)
{
	unsigned char b[4] = { (unsigned char)(v >> 24),
		(unsigned char)(v >> 16), (unsigned char)(v >> 8),
		(unsigned char)v };
	FILE *f;

	ATF_REQUIRE((f = fopen("c.cat", "r+b")) != NULL);
	ATF_REQUIRE_EQ(fseek(f, off, SEEK_SET), 0);
	ATF_REQUIRE_EQ(fwrite(b, 1, 4, f), 4);
	ATF_REQUIRE_EQ(fclose(f), 0);
}

TC(error_damaged_catalogue,
    "an existing catfile with out-of-range numbers, "
    "counts or offsets is rejected, not read")
{
	/*
	 * "$set 2\n1 a\n" is: header (magic, 1 set, 26 bytes, headers at
	 * 12, texts at 24), set header at 20 (2, 1 message, index 0),
	 * message header at 32 (1, 2 bytes, offset 0), "a" at 44.
	 */
	static const struct {
		long off;
		unsigned long v;
	} bad[] = {
		{ 20, 0 },	    /* set number 0 */
		{ 20, 256 },	    /* set number above NL_SETMAX */
		{ 24, 2 },	    /* more messages than the table holds */
		{ 28, 0x7fffffff }, /* index past the table */
		{ 32, 0 },	    /* message number 0 */
		{ 32, 32768 },	    /* message number above NL_MSGMAX */
		{ 36, 3 },	    /* text past the end */
		{ 36, 1 },	    /* a text without its NUL */
		{ 40, 1 },	    /* text offset past the end */
		{ 4, 0x15555556 },  /* 12 * sets overflows 32 bits */
		{ 16, 0x7ffffff0 }, /* texts past the end */
	};
	char *args[] = { "c.cat", "src.msg", NULL };
	char err[256];
	size_t i;
	FILE *f;

	find_gencat(tc, "../../..");
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		unlink("c.cat");
		make_cat("c.cat", "$set 2\n1 a\n");
		patch32(bad[i].off, bad[i].v);
		if (bad[i].off == 4)
			patch32(12, (bad[i].v * 12) & 0xffffffff);
		write_file("src.msg", "2 b\n");
		ATF_CHECK_EQ_MSG(run_gencat(NULL, args), 1,
		    "field at %ld = %lu", bad[i].off, bad[i].v);
		ATF_REQUIRE((f = fopen("gencat.err", "r")) != NULL);
		if (fgets(err, sizeof(err), f) == NULL)
			err[0] = '\0';
		fclose(f);
		ATF_CHECK_MSG(strstr(err, "not a message catalogue") != NULL,
		    "field at %ld: stderr \"%s\"", bad[i].off, err);
	}
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, default_set);
	ATF_TP_ADD_TC(tp, sets);
	ATF_TP_ADD_TC(tp, delset);
	ATF_TP_ADD_TC(tp, delete_message);
	ATF_TP_ADD_TC(tp, empty_message);
	ATF_TP_ADD_TC(tp, redefine);
	ATF_TP_ADD_TC(tp, blanks_kept);
	ATF_TP_ADD_TC(tp, quote);
	ATF_TP_ADD_TC(tp, quote_off);
	ATF_TP_ADD_TC(tp, escapes);
	ATF_TP_ADD_TC(tp, continuation);
	ATF_TP_ADD_TC(tp, comments);
	ATF_TP_ADD_TC(tp, merge);
	ATF_TP_ADD_TC(tp, several_sources);
	ATF_TP_ADD_TC(tp, stdin_stdout);
	ATF_TP_ADD_TC(tp, binary_format);
	ATF_TP_ADD_TC(tp, error_syntax);
	ATF_TP_ADD_TC(tp, error_no_blank);
	ATF_TP_ADD_TC(tp, error_set_range);
	ATF_TP_ADD_TC(tp, error_msg_range);
	ATF_TP_ADD_TC(tp, error_quote);
	ATF_TP_ADD_TC(tp, error_nul);
	ATF_TP_ADD_TC(tp, error_usage);
	ATF_TP_ADD_TC(tp, error_missing_source);
	ATF_TP_ADD_TC(tp, error_not_catalogue);
	ATF_TP_ADD_TC(tp, error_damaged_catalogue);
	return atf_no_error();
}
