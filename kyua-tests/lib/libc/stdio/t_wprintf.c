/*
 * t_wprintf: wide-character stdio: swprintf (including the -1 when the
 * output does not fit), fwprintf, fputwc/fgetwc/ungetwc with UTF-8 in
 * the C.UTF-8 locale, fputws/fgetws, fwide orientation.
 */
#include <atf-c.h>
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

ATF_TC_WITHOUT_HEAD(swprintf_basic);
ATF_TC_BODY(swprintf_basic, tc)
{
	wchar_t buf[64];

	ATF_CHECK_EQ(
	    swprintf(buf, 64, L"%d-%s-%ls-%c", 42, "ab", L"cd", 'e'), 10);
	ATF_CHECK(wcscmp(buf, L"42-ab-cd-e") == 0);
	ATF_CHECK_EQ(swprintf(buf, 64, L"%5.2f|%-3d|", 3.14159, 7), 10);
	ATF_CHECK(wcscmp(buf, L" 3.14|7  |") == 0);
}

ATF_TC_WITHOUT_HEAD(swprintf_too_small);
ATF_TC_BODY(swprintf_too_small, tc)
{
	wchar_t buf[4];

	errno = 0;
	ATF_CHECK_EQ(swprintf(buf, 4, L"%s", "abcdef"), -1);
	ATF_CHECK_EQ(swprintf(buf, 4, L"abc"), 3); /* exactly fits */
	ATF_CHECK(wcscmp(buf, L"abc") == 0);
	ATF_CHECK_EQ(swprintf(buf, 4, L"abcd"), -1);
}

ATF_TC_WITHOUT_HEAD(swprintf_utf8);
ATF_TC_BODY(swprintf_utf8, tc)
{
	wchar_t buf[16];

	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL)
		atf_tc_skip("no C.UTF-8 locale");
	ATF_CHECK_EQ(
	    swprintf(buf, 16, L"<%lc%ls>", (wint_t)0xe9, L"\x20ac\x4e2d"), 5);
	ATF_CHECK(wcscmp(buf, L"<\xe9\x20ac\x4e2d>") == 0);
}

ATF_TC_WITHOUT_HEAD(fwprintf_utf8_bytes);
ATF_TC_BODY(fwprintf_utf8_bytes, tc)
{
	unsigned char b[16];
	FILE *f;

	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL)
		atf_tc_skip("no C.UTF-8 locale");
	f = fopen("w", "w");
	ATF_REQUIRE(f != NULL);
	ATF_CHECK_EQ(fwprintf(f, L"%lc!", (wint_t)0x20ac), 2);
	fclose(f);
	f = fopen("w", "r"); /* a new, byte-oriented stream */
	ATF_REQUIRE(f != NULL);
	ATF_REQUIRE_EQ(fread(b, 1, sizeof(b), f), 4);
	ATF_CHECK(b[0] == 0xe2 && b[1] == 0x82 && b[2] == 0xac && b[3] == '!');
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(putwc_getwc);
ATF_TC_BODY(putwc_getwc, tc)
{
	FILE *f;

	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL)
		atf_tc_skip("no C.UTF-8 locale");
	f = fopen("w", "w+");
	ATF_REQUIRE(f != NULL);
	ATF_CHECK_EQ(fputwc(L'a', f), L'a');
	ATF_CHECK_EQ(fputwc(0x4e2d, f), 0x4e2d);
	ATF_CHECK_EQ(putwc(0x1f600, f), 0x1f600);
	rewind(f);
	ATF_CHECK_EQ(fgetwc(f), L'a');
	ATF_CHECK_EQ(fgetwc(f), 0x4e2d);
	ATF_CHECK_EQ(ungetwc(0x4e2d, f), 0x4e2d);
	ATF_CHECK_EQ(getwc(f), 0x4e2d);
	ATF_CHECK_EQ(fgetwc(f), 0x1f600);
	ATF_CHECK_EQ(fgetwc(f), WEOF);
	ATF_CHECK(feof(f));
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(fgetwc_eilseq);
ATF_TC_BODY(fgetwc_eilseq, tc)
{
	FILE *f;

	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL)
		atf_tc_skip("no C.UTF-8 locale");
	f = fopen("w", "w");
	ATF_REQUIRE(f != NULL);
	fputs("\xff\xfe", f);
	fclose(f);
	f = fopen("w", "r");
	ATF_REQUIRE(f != NULL);
	errno = 0;
	ATF_CHECK_EQ(fgetwc(f), WEOF);
	ATF_CHECK_EQ(errno, EILSEQ);
	ATF_CHECK(ferror(f));
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(fputws_fgetws);
ATF_TC_BODY(fputws_fgetws, tc)
{
	wchar_t buf[16];
	FILE *f;

	f = fopen("w", "w+");
	ATF_REQUIRE(f != NULL);
	ATF_CHECK(fputws(L"line one\nline two", f) >= 0);
	rewind(f);
	ATF_REQUIRE(fgetws(buf, 16, f) != NULL);
	ATF_CHECK(wcscmp(buf, L"line one\n") == 0);
	ATF_REQUIRE(fgetws(buf, 5, f) != NULL);
	ATF_CHECK(wcscmp(buf, L"line") == 0);
	ATF_REQUIRE(fgetws(buf, 16, f) != NULL);
	ATF_CHECK(wcscmp(buf, L" two") == 0);
	ATF_CHECK(fgetws(buf, 16, f) == NULL);
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(fwide_orientation);
ATF_TC_BODY(fwide_orientation, tc)
{
	FILE *f;

	f = fopen("w", "w+");
	ATF_REQUIRE(f != NULL);
	ATF_CHECK_EQ(fwide(f, 0), 0);
	ATF_CHECK(fwide(f, 1) > 0);
	ATF_CHECK(fwide(f, -1) > 0); /* cannot change once set */
	fclose(f);
	f = fopen("w", "w+");
	ATF_REQUIRE(f != NULL);
	fputc('x', f);
	ATF_CHECK(fwide(f, 0) < 0); /* byte I/O made it byte-oriented */
	fclose(f);
}

ATF_TC_WITHOUT_HEAD(swscanf_conversions);
ATF_TC_BODY(swscanf_conversions, tc)
{
	wchar_t w[8];
	char s[8];
	int n;

	ATF_CHECK_EQ(swscanf(L"7 xy zw", L"%d %s %ls", &n, s, w), 3);
	ATF_CHECK_EQ(n, 7);
	ATF_CHECK_STREQ(s, "xy");
	ATF_CHECK(wcscmp(w, L"zw") == 0);
	ATF_CHECK_EQ(swscanf(L"", L"%d", &n), EOF);
}

ATF_TC_WITHOUT_HEAD(widths_in_characters);
ATF_TC_BODY(widths_in_characters, tc)
{
	wchar_t buf[32];
	int n = -1;

	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL)
		atf_tc_skip("no C.UTF-8 locale");
	/* widths and precisions count characters, not UTF-8 bytes */
	ATF_CHECK_EQ(swprintf(buf, 32, L"[%4ls]", L"\xe9\xe9"), 6);
	ATF_CHECK(wcscmp(buf, L"[  \xe9\xe9]") == 0);
	ATF_CHECK_EQ(swprintf(buf, 32, L"[%.2ls]", L"\x4e2d\x6587\x5b57"), 4);
	ATF_CHECK(wcscmp(buf, L"[\x4e2d\x6587]") == 0);
	ATF_CHECK_EQ(swprintf(buf, 32, L"[%-3s]", "\xc3\xa9"), 5);
	ATF_CHECK(wcscmp(buf, L"[\xe9  ]") == 0);
	ATF_CHECK_EQ(swprintf(buf, 32, L"[%.1s]", "\xc3\xa9x"), 3);
	ATF_CHECK(wcscmp(buf, L"[\xe9]") == 0);
	ATF_CHECK_EQ(swprintf(buf, 32, L"\x20ac\x20ac%n!", &n), 3);
	ATF_CHECK_EQ(n, 2);
}

ATF_TC_WITHOUT_HEAD(wprintf_positional);
ATF_TC_BODY(wprintf_positional, tc)
{
	wchar_t buf[32];

	ATF_CHECK_EQ(swprintf(buf, 32, L"%2$d %1$ls %3$.1f", L"x", 5, 2.25), 7);
	ATF_CHECK(wcscmp(buf, L"5 x 2.2") == 0);
}

ATF_TC_WITHOUT_HEAD(swscanf_widths_in_characters);
ATF_TC_BODY(swscanf_widths_in_characters, tc)
{
	wchar_t a[8], b[8], c[2];

	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL)
		atf_tc_skip("no C.UTF-8 locale");
	ATF_CHECK_EQ(swscanf(L"\xe9t\xe9 x", L"%2ls%ls", a, b), 2);
	ATF_CHECK(wcscmp(a, L"\xe9t") == 0);
	ATF_CHECK(wcscmp(b, L"\xe9") == 0);
	ATF_CHECK_EQ(swscanf(L"\x4e2d\x6587", L"%lc", c), 1);
	ATF_CHECK_EQ(c[0], 0x4e2d);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, swprintf_basic);
	ATF_TP_ADD_TC(tp, swprintf_too_small);
	ATF_TP_ADD_TC(tp, swprintf_utf8);
	ATF_TP_ADD_TC(tp, fwprintf_utf8_bytes);
	ATF_TP_ADD_TC(tp, putwc_getwc);
	ATF_TP_ADD_TC(tp, fgetwc_eilseq);
	ATF_TP_ADD_TC(tp, fputws_fgetws);
	ATF_TP_ADD_TC(tp, fwide_orientation);
	ATF_TP_ADD_TC(tp, swscanf_conversions);
	ATF_TP_ADD_TC(tp, widths_in_characters);
	ATF_TP_ADD_TC(tp, wprintf_positional);
	ATF_TP_ADD_TC(tp, swscanf_widths_in_characters);
	return atf_no_error();
}
