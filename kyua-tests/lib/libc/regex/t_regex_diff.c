/*
 * t_regex_diff: differential test of regcomp/regexec against glibc's
 * (through regex_ref, built with the host's compiler and glibc and
 * installed beside this program): the overall match of thousands of
 * random extended and basic expressions over a small alphabet must be
 * the same leftmost-longest match.  Submatches are not compared: glibc
 * takes them from its preferred path, not by POSIX's subexpression rule
 * that we follow ("(a|ab)(bc|c)" on "abc": glibc \1 = "a", POSIX "ab";
 * t_regex_posix checks ours against a model).  Not generated: a starred group
 * that can match empty followed by its back-reference ("\(a*\)*b\1"),
 * where glibc allows an empty iteration after a non-empty one and we
 * follow POSIX, which does not (t_regex checks our answer).  Lines where glibc
 * times out are ignored.  Skipped where the reference is absent (on Bulkhead).
 */
#include <sys/wait.h>

#include <fcntl.h>
#include <regex.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <atf-c.h>

#include "../h_refprog.h"

#define TC(name, desc)                                                         \
	ATF_TC(name);                                                          \
	ATF_TC_HEAD(name, tc)                                                  \
	{                                                                      \
		atf_tc_set_md_var(tc, "descr", "%s", desc);                    \
		atf_tc_set_md_var(tc, "timeout", "300");                       \
	}                                                                      \
	ATF_TC_BODY(name, tc)

static uint64_t seed;

static unsigned
rnd(unsigned n)
{
	seed ^= seed << 13;
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return (unsigned)(seed % n);
}

static void
ours(char *line, char *out, size_t size)
{
	char *pat = strchr(line, '\t'), *subj;
	regmatch_t m[1];
	regex_t re;
	int nb, fl = 0;

	*pat++ = '\0';
	subj = strchr(pat, '\t');
	*subj++ = '\0';
	nb = atoi(line);
	fl |= (nb & 1) ? REG_EXTENDED : 0;
	fl |= (nb & 2) ? REG_ICASE : 0;
	fl |= (nb & 8) ? REG_NEWLINE : 0;
	if (regcomp(&re, pat, fl) != 0) {
		snprintf(out, size, "C");
		return;
	}
	if (regexec(&re, subj, 1, m, 0) != 0)
		snprintf(out, size, "N");
	else
		snprintf(
		    out, size, "M %d %d", (int)m[0].rm_so, (int)m[0].rm_eo);
	regfree(&re);
}

static void
compare(int *compared)
{
	char line[2048], copy[2048], ref[64], mine[64];
	FILE *in, *rf;
	int bad = 0;

	ref_run(NULL);
	*compared = 0;
	ATF_REQUIRE((in = fopen("in.txt", "r")) != NULL);
	ATF_REQUIRE((rf = fopen("ref.txt", "r")) != NULL);
	while (fgets(line, sizeof(line), in) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		strcpy(copy, line);
		ATF_REQUIRE(fgets(ref, sizeof(ref), rf) != NULL);
		ref[strcspn(ref, "\n")] = '\0';
		if (strcmp(ref, "T") == 0)
			continue;
		ours(line, mine, sizeof(mine));
		if (strcmp(ref, mine) != 0 && bad++ < 10)
			atf_tc_fail_nonfatal(
			    "\"%s\": glibc %s, ours %s", copy, ref, mine);
		(*compared)++;
	}
	fclose(in);
	fclose(rf);
	ATF_CHECK_EQ_MSG(bad, 0, "%d of %d lines differ", bad, *compared);
}

static const char *const atoms[] = { "a", "b", "c", ".", "[ab]", "[^a]",
	"[a-c]", "x", "[[:alpha:]]", "A" };

/* A random ERE of depth at most 4 into buf. */
static void
ere(char *buf, size_t size, int depth)
{
	char l[512], r[512];
	unsigned k = rnd(100);

	if (depth > 3 || k < 35)
		snprintf(buf, size, "%s", atoms[rnd(10)]);
	else if (k < 55) {
		ere(l, sizeof(l), depth + 1);
		snprintf(buf, size, "(%s)", l);
	} else if (k < 70) {
		ere(l, sizeof(l), depth + 1);
		ere(r, sizeof(r), depth + 1);
		snprintf(buf, size, "%s|%s", l, r);
	} else {
		ere(l, sizeof(l), depth + 1);
		ere(r, sizeof(r), depth + 1);
		snprintf(buf, size, "%s%s", l, r);
	}
	k = rnd(100);
	if (k < 31 && strlen(buf) + 8 < size) {
		static const char *const ops[] = { "*", "+", "?", "{0,2}",
			"{1,3}", "{2}" };
		char tmp[600];

		if (strlen(buf) > 1 && buf[0] != '[')
			snprintf(tmp, sizeof(tmp), "(%s)", buf);
		else
			snprintf(tmp, sizeof(tmp), "%s", buf);
		snprintf(buf, size, "%s%s", tmp, ops[rnd(6)]);
	}
}

static void
subject(char *s, int maxlen)
{
	int n = (int)rnd((unsigned)maxlen + 1);

	for (int i = 0; i < n; i++)
		s[i] = "abcxA\n"[rnd(6)];
	s[n] = '\0';
}

static void
writesubj(FILE *f, const char *s)
{
	for (; *s != '\0'; s++)
		fputc(*s == '\n' ? 'x' : *s, f);
}

TC(ere_random, "4000 random EREs: the same leftmost-longest match")
{
	char pat[512], subj[32];
	int n;
	FILE *f;

	ref_find(tc, "regex_ref");
	seed = 0x853c49e6748fea9bULL;
	ATF_REQUIRE((f = fopen("in.txt", "w")) != NULL);
	for (int i = 0; i < 4000; i++) {
		int fl = 1 | (rnd(4) == 0 ? 2 : 0);

		ere(pat, sizeof(pat), 0);
		if (rnd(10) == 0)
			memmove(pat + 1, pat, strlen(pat) + 1), pat[0] = '^';
		if (rnd(10) == 0)
			strcat(pat, "$");
		subject(subj, 14);
		fprintf(f, "%d\t%s\t", fl, pat);
		writesubj(f, subj);
		fputc('\n', f);
	}
	fclose(f);
	compare(&n);
	ATF_CHECK_MSG(n > 3900, "only %d lines compared", n);
}

TC(bre_random, "2000 random BREs with back-references")
{
	static const char *const pats[] = { "\\(a*\\)\\1", "\\(.\\)\\1",
		"\\([ab]*\\)c\\1", "^\\(.*\\)\\1$", "\\(a\\)*\\(b\\)*",
		"\\(x*\\)\\(a*\\)\\2\\1", "a\\{1,2\\}\\(b*\\)\\1",
		"\\([^x]\\)\\1*", ".*\\(..\\)\\1", "\\(a\\)*b\\1" };
	char subj[32];
	int n;
	FILE *f;

	ref_find(tc, "regex_ref");
	seed = 0xda3e39cb94b95bdbULL;
	ATF_REQUIRE((f = fopen("in.txt", "w")) != NULL);
	for (int i = 0; i < 2000; i++) {
		subject(subj, 12);
		fprintf(f, "0\t%s\t", pats[rnd(10)]);
		writesubj(f, subj);
		fputc('\n', f);
	}
	fclose(f);
	compare(&n);
	ATF_CHECK(n > 1900);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, ere_random);
	ATF_TP_ADD_TC(tp, bre_random);
	return atf_no_error();
}
