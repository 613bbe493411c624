/*
 * t_fnmatch_diff: differential test of fnmatch against glibc's (through
 * fnmatch_ref, built with the host's compiler and glibc and installed
 * beside this program) over random patterns, strings and flags.  Not
 * generated: a '/' inside brackets with FNM_PATHNAME, where the two
 * libraries read the malformed bracket differently.  Skipped where the
 * reference is absent (on Bulkhead itself).
 */
#include <sys/wait.h>

#include <fcntl.h>
#include <fnmatch.h>
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
		atf_tc_set_md_var(tc, "timeout", "120");                       \
	}                                                                      \
	ATF_TC_BODY(name, tc)

static uint64_t seed = 0x1234567887654321ULL;

static unsigned
rnd(unsigned n)
{
	seed ^= seed << 13;
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return (unsigned)(seed % n);
}

static int
ourflags(const char *l)
{
	int f = 0;

	f |= strchr(l, 'E') ? FNM_NOESCAPE : 0;
	f |= strchr(l, 'P') ? FNM_PATHNAME : 0;
	f |= strchr(l, 'D') ? FNM_PERIOD : 0;
	f |= strchr(l, 'C') ? FNM_CASEFOLD : 0;
	f |= strchr(l, 'L') ? FNM_LEADING_DIR : 0;
	return f;
}

static const char *const toks[] = { "a", "b", "A", "*", "?", "[ab]", "[!a]",
	"[^b]", "/", ".", "\\*", "\\a", "[a-c]", "[[:upper:]]", "[]a]", "[",
	"x", "**", "[!/a]" };

TC(random_patterns, "40000 random patterns, strings and flags")
{
	char line[512], ref[16], pat[128], str[32], fl[8];
	int n = 0, bad = 0;
	FILE *f, *in, *rf;

	ref_find(tc, "fnmatch_ref");
	ATF_REQUIRE((f = fopen("in.txt", "w")) != NULL);
	for (int i = 0; i < 40000; i++) {
		int k = 0, np = (int)rnd(7), ns = (int)rnd(8);

		pat[0] = '\0';
		for (int j = 0; j < np; j++)
			strcat(pat, toks[rnd(sizeof(toks) / sizeof(toks[0]))]);
		for (int j = 0; j < ns; j++)
			str[j] = "abAB/.x*["[rnd(9)];
		str[ns] = '\0';
		for (const char *c = "EPDCL"; *c != '\0'; c++)
			if (rnd(10) < 3)
				fl[k++] = *c;
		if (k == 0)
			fl[k++] = '-';
		fl[k] = '\0';
		if (strchr(fl, 'P') != NULL && strstr(pat, "[!/") != NULL)
			continue;
		fprintf(f, "%s\t%s\t%s\n", fl, pat, str);
	}
	fclose(f);
	ref_run(NULL);
	ATF_REQUIRE((in = fopen("in.txt", "r")) != NULL);
	ATF_REQUIRE((rf = fopen("ref.txt", "r")) != NULL);
	while (fgets(line, sizeof(line), in) != NULL) {
		char *p, *s;
		int mine;

		line[strcspn(line, "\n")] = '\0';
		ATF_REQUIRE(fgets(ref, sizeof(ref), rf) != NULL);
		p = strchr(line, '\t');
		*p++ = '\0';
		s = strchr(p, '\t');
		*s++ = '\0';
		mine = fnmatch(p, s, ourflags(line)) == 0;
		if (mine != atoi(ref) && bad++ < 10)
			atf_tc_fail_nonfatal("flags %s pattern \"%s\" string "
					     "\"%s\": glibc %d, ours %d",
			    line, p, s, atoi(ref), mine);
		n++;
	}
	fclose(in);
	fclose(rf);
	ATF_CHECK_EQ_MSG(bad, 0, "%d of %d differ", bad, n);
	ATF_CHECK(n > 30000);
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, random_patterns);
	return atf_no_error();
}
