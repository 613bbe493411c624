/*
 * t_ctype: every <ctype.h> class and mapping for all 257 valid inputs
 * (EOF and 0..255), as macro and as function, against definitions of
 * the C locale written out independently here from the POSIX rules.
 */
#include <atf-c.h>
#include <ctype.h>
#include <stdio.h>

#include "h_tc.h"

static int
ref_isupper(int c)
{
	return c >= 'A' && c <= 'Z';
}

static int
ref_islower(int c)
{
	return c >= 'a' && c <= 'z';
}

static int
ref_isdigit(int c)
{
	return c >= '0' && c <= '9';
}

static int
ref_isalpha(int c)
{
	return ref_isupper(c) || ref_islower(c);
}

static int
ref_isalnum(int c)
{
	return ref_isalpha(c) || ref_isdigit(c);
}

static int
ref_isxdigit(int c)
{
	return ref_isdigit(c) || (c >= 'a' && c <= 'f') ||
	    (c >= 'A' && c <= 'F');
}

static int
ref_isspace(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' ||
	    c == '\r';
}

static int
ref_isblank(int c)
{
	return c == ' ' || c == '\t';
}

static int
ref_iscntrl(int c)
{
	return (c >= 0 && c < 32) || c == 127;
}

static int
ref_isprint(int c)
{
	return c >= 32 && c < 127;
}

static int
ref_isgraph(int c)
{
	return c > 32 && c < 127;
}

static int
ref_ispunct(int c)
{
	return ref_isgraph(c) && !ref_isalnum(c);
}

/* Check macro and function forms of one class for all 257 inputs. */
#define CLASS_TC(cls)                                                          \
	TC(cls, #cls " matches the C locale definition for EOF and 0..255")    \
	{                                                                      \
		int c;                                                         \
                                                                               \
		for (c = EOF; c <= 255; c++) {                                 \
			ATF_CHECK_EQ_MSG(cls(c) != 0, ref_##cls(c) != 0,       \
			    "macro " #cls "(%d)", c);                          \
			ATF_CHECK_EQ_MSG((cls)(c) != 0, ref_##cls(c) != 0,     \
			    "function " #cls "(%d)", c);                       \
		}                                                              \
	}

CLASS_TC(isalpha)
CLASS_TC(isupper)
CLASS_TC(islower)
CLASS_TC(isdigit)
CLASS_TC(isxdigit)
CLASS_TC(isalnum)
CLASS_TC(isspace)
CLASS_TC(isblank)
CLASS_TC(iscntrl)
CLASS_TC(isprint)
CLASS_TC(isgraph)
CLASS_TC(ispunct)

TC(toupper_tolower,
    "toupper and tolower map only ASCII letters and pass "
    "EOF and everything else through")
{
	int c, up, lo;

	for (c = EOF; c <= 255; c++) {
		up = ref_islower(c) ? c - 32 : c;
		lo = ref_isupper(c) ? c + 32 : c;
		ATF_CHECK_EQ_MSG(toupper(c), up, "toupper(%d)", c);
		ATF_CHECK_EQ_MSG((toupper)(c), up, "(toupper)(%d)", c);
		ATF_CHECK_EQ_MSG(tolower(c), lo, "tolower(%d)", c);
		ATF_CHECK_EQ_MSG((tolower)(c), lo, "(tolower)(%d)", c);
	}
}

TC(out_of_range_functions,
    "the function forms tolerate values outside "
    "EOF..255 without reading outside the table")
{
	ATF_CHECK_EQ((isalpha)(1000), 0);
	ATF_CHECK_EQ((isdigit)(-200), 0);
	ATF_CHECK_EQ((toupper)(1000), 1000);
	ATF_CHECK_EQ((tolower)(-7), -7);
}

TC(isascii_toascii,
    "isascii is true for 0..127 only; toascii keeps 7 "
    "bits")
{
	int c;

	for (c = -1; c <= 300; c++)
		ATF_CHECK_EQ_MSG(
		    (isascii)(c) != 0, c >= 0 && c <= 127, "isascii(%d)", c);
	ATF_CHECK_EQ(toascii(0xc1), 0x41);
	ATF_CHECK_EQ((toascii)(0x1ff), 0x7f);
}

TC(digittoint_values,
    "digittoint converts hex digits and gives 0 "
    "otherwise")
{
	ATF_CHECK_EQ(digittoint('0'), 0);
	ATF_CHECK_EQ(digittoint('9'), 9);
	ATF_CHECK_EQ(digittoint('a'), 10);
	ATF_CHECK_EQ(digittoint('F'), 15);
	ATF_CHECK_EQ(digittoint('g'), 0);
	ATF_CHECK_EQ(digittoint(' '), 0);
}

TC(unchecked_case,
    "_tolower and _toupper convert letters known to be of "
    "the other case")
{
	int c;

	for (c = 'A'; c <= 'Z'; c++) {
		ATF_CHECK_EQ(_tolower(c), c + 32);
		ATF_CHECK_EQ((_tolower)(c), c + 32);
		ATF_CHECK_EQ(_toupper(c + 32), c);
		ATF_CHECK_EQ((_toupper)(c + 32), c);
	}
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, isalpha);
	ATF_TP_ADD_TC(tp, isupper);
	ATF_TP_ADD_TC(tp, islower);
	ATF_TP_ADD_TC(tp, isdigit);
	ATF_TP_ADD_TC(tp, isxdigit);
	ATF_TP_ADD_TC(tp, isalnum);
	ATF_TP_ADD_TC(tp, isspace);
	ATF_TP_ADD_TC(tp, isblank);
	ATF_TP_ADD_TC(tp, iscntrl);
	ATF_TP_ADD_TC(tp, isprint);
	ATF_TP_ADD_TC(tp, isgraph);
	ATF_TP_ADD_TC(tp, ispunct);
	ATF_TP_ADD_TC(tp, toupper_tolower);
	ATF_TP_ADD_TC(tp, out_of_range_functions);
	ATF_TP_ADD_TC(tp, isascii_toascii);
	ATF_TP_ADD_TC(tp, digittoint_values);
	ATF_TP_ADD_TC(tp, unchecked_case);
	return atf_no_error();
}
