/*
 * t_wscanf_diff: differential test of swscanf against glibc's (through
 * wscanf_ref, built with the host's compiler and glibc and installed
 * beside this program) over random inputs mixing ASCII, Latin, Greek,
 * CJK and non-BMP characters in the C.UTF-8 locale: %n counts, %[ sets
 * with ranges and negation, widths of %c %s %[, multibyte stores, and
 * numbers next to wide text; through swscanf and through fwscanf (with
 * what the stream has left after the call).
 * Skipped where the reference is absent (on Bulkhead itself).
 */
#include <sys/wait.h>

#include <fcntl.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <atf-c.h>

#include "../h_refprog.h"
#include "h_wscanf_diff.h"

static uint64_t seed = 0x9e3779b97f4a7c15ULL;

static unsigned
rnd(unsigned n)
{
	seed ^= seed << 13;
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return (unsigned)(seed % n);
}

/* Pieces of input, as UTF-8. */
static const char *const toks[] = { "a", "z", "q", "0", "7", "42", "-3", " ",
	" ", ",", "]", "-", "^", "\xc3\xa9", "\xce\xb1", "\xce\xb2", "\xce\xb3",
	"\xce\xb4", "\xcf\x89", "\xe2\x82\xac", "\xe4\xb8\xad",
	"\xf0\x9f\x98\x80", "\xc3\xb1", "e", ".", "1.5", "e+", "0x", "x", "n",
	"inf", "9" };

/*
 * Tokens not used in lines for the %lf format (10): a floating field
 * with an invalid tail ("1e+", "0x", "n1") is read differently by glibc
 * (which consumes it, "1.5e" giving 1.5 and no 'e'), by C11 (one character of
 * pushback: a matching failure) and by our engine (the longest valid prefix, as
 * t_scanf checks for the byte family).
 */
static int
float_tail(const char *t)
{
	return strcmp(t, "e") == 0 || strcmp(t, "0x") == 0 ||
	    strcmp(t, "x") == 0 || strcmp(t, "n") == 0 ||
	    strcmp(t, "inf") == 0 || strcmp(t, "e+") == 0;
}

/* Writes n random lines "<format>\t<text>" to in.txt. */
static void
gen(int n)
{
	FILE *f = fopen("in.txt", "w");
	const char *t;
	int i, j, len;

	ATF_REQUIRE(f != NULL);
	for (i = 0; i < n; i++) {
		fprintf(f, "%d\t", i % (2 * WSD_NFMT));
		len = (int)rnd(12);
		for (j = 0; j < len; j++) {
			do
				t = toks[rnd(sizeof(toks) / sizeof(toks[0]))];
			while (i % WSD_NFMT == 10 && float_tail(t));
			fputs(t, f);
		}
		fputc('\n', f);
	}
	ATF_REQUIRE(fclose(f) == 0);
}

ATF_TC(random_inputs);
ATF_TC_HEAD(random_inputs, tc)
{
	atf_tc_set_md_var(tc, "descr",
	    "4000 random lines over 12 formats, by swscanf and fwscanf");
	atf_tc_set_md_var(tc, "timeout", "120");
}
ATF_TC_BODY(random_inputs, tc)
{
	char line[1024], want[4096], got[4096];
	FILE *in, *ref, *ours;
	int bad = 0, n = 0;

	ref_find(tc, "wscanf_ref");
	if (setlocale(LC_ALL, "C.UTF-8") == NULL)
		atf_tc_skip("no C.UTF-8 locale");
	gen(4000);
	ref_run(NULL);
	ATF_REQUIRE((in = fopen("in.txt", "r")) != NULL);
	ATF_REQUIRE((ref = fopen("ref.txt", "r")) != NULL);
	ATF_REQUIRE((ours = fopen("ours.txt", "w+")) != NULL);
	while (fgets(line, sizeof(line), in) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		wsd_line(ours, line);
	}
	rewind(ours);
	in = freopen("in.txt", "r", in);
	ATF_REQUIRE(in != NULL);
	while (fgets(got, sizeof(got), ours) != NULL) {
		ATF_REQUIRE(fgets(line, sizeof(line), in) != NULL);
		ATF_REQUIRE_MSG(fgets(want, sizeof(want), ref) != NULL,
		    "reference output too short");
		n++;
		if (strcmp(got, want) != 0 && bad++ < 10)
			fprintf(stderr, "input: %sglibc: %sours:  %s", line,
			    want, got);
	}
	ATF_CHECK_EQ(n, 4000);
	ATF_CHECK_EQ_MSG(bad, 0, "%d of %d lines differ", bad, n);
	fclose(in);
	fclose(ref);
	fclose(ours);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, random_inputs);
	return atf_no_error();
}
