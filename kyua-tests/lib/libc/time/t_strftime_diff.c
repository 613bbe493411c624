/*
 * t_strftime_diff: differential test of strftime against glibc's.
 * Many (format, time) pairs from a seeded generator over every conversion
 * both implementations share are run through strftime_ref (built with
 * the host's compiler and glibc, installed beside this program) and
 * compared line by line.  Skipped where the reference is absent (on
 * Bulkhead itself).  Not compared: %Z and %+ (glibc's gmtime says "GMT",
 * ours "UTC"; glibc has no %+) and years before 1000 (glibc does not pad
 * %Y to four digits; we do, as NetBSD).
 */
#include <sys/wait.h>

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
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

#define TMIN (-30610224000LL) /* 1000-01-01 */
#define TMAX 253402300799LL   /* 9999-12-31 23:59:59 */

static uint64_t seed;

static uint64_t
rnd(void)
{
	seed ^= seed << 13;
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return seed;
}

/* Run the reference over in.txt into ref.txt. */

/* Compare our strftime with the reference for every line of in.txt. */
static void
compare(void)
{
	char line[512], ref[4096], mine[4096], out[4000];
	FILE *in, *rf;
	int n = 0, bad = 0;
	struct tm tm;

	ref_run("TZ=UTC");
	ATF_REQUIRE((in = fopen("in.txt", "r")) != NULL);
	ATF_REQUIRE((rf = fopen("ref.txt", "r")) != NULL);
	while (fgets(line, sizeof(line), in) != NULL) {
		char *tab;
		time_t t;

		line[strcspn(line, "\n")] = '\0';
		tab = strrchr(line, '\t');
		ATF_REQUIRE(tab != NULL);
		*tab = '\0';
		t = (time_t)strtoll(tab + 1, NULL, 10);
		ATF_REQUIRE_MSG(fgets(ref, sizeof(ref), rf) != NULL,
		    "reference output ends at line %d", n + 1);
		ref[strcspn(ref, "\n")] = '\0';
		if (gmtime_r(&t, &tm) == NULL ||
		    (strftime(out, sizeof(out), line, &tm) == 0 && line[0]))
			snprintf(mine, sizeof(mine), "[ERR]");
		else
			snprintf(mine, sizeof(mine), "[%s]", out);
		/* %n in a format makes the line continue: keep step */
		for (const char *p = mine; (p = strchr(p, '\n')) != NULL; p++) {
			char more[4096];

			if (fgets(more, sizeof(more), rf) == NULL)
				break;
			strncat(ref, "\n", sizeof(ref) - strlen(ref) - 1);
			more[strcspn(more, "\n")] = '\0';
			strncat(ref, more, sizeof(ref) - strlen(ref) - 1);
		}
		if (strcmp(ref, mine) != 0 && bad++ < 10)
			atf_tc_fail_nonfatal(
			    "\"%s\" at %lld: glibc %s, ours %s", line,
			    (long long)t, ref, mine);
		n++;
	}
	fclose(in);
	fclose(rf);
	ATF_CHECK_EQ_MSG(bad, 0, "%d of %d lines differ", bad, n);
}

static const char convs[] = "aAbBcCdDeFgGhHIjklmMnprRsStTuUVwWxXyYz%";

static time_t
rndtime(void)
{
	return (time_t)(TMIN + (int64_t)(rnd() % (uint64_t)(TMAX - TMIN)));
}

TC(random_formats, "30000 random formats and times agree with glibc")
{
	FILE *f;

	ref_find(tc, "strftime_ref");
	seed = 0x9e3779b97f4a7c15ULL;
	ATF_REQUIRE((f = fopen("in.txt", "w")) != NULL);
	for (int i = 0; i < 30000; i++) {
		int k = 1 + (int)(rnd() % 6);

		for (int j = 0; j < k; j++) {
			switch (rnd() % 4) {
			case 0:
				fputs("-", f);
				break;
			case 1:
				fputs(" x", f);
				break;
			default:
				fprintf(f, "%%%c",
				    convs[rnd() % (sizeof(convs) - 1)]);
			}
		}
		fprintf(f, "\t%lld\n", (long long)rndtime());
	}
	fclose(f);
	compare();
}

TC(year_edges, "week numbers and days around every new year 1900-2100")
{
	FILE *f;

	ref_find(tc, "strftime_ref");
	ATF_REQUIRE((f = fopen("in.txt", "w")) != NULL);
	for (int y = 1900; y <= 2100; y++) {
		struct tm tm;
		time_t t;

		memset(&tm, 0, sizeof(tm));
		tm.tm_year = y - 1900;
		tm.tm_mday = -4;
		tm.tm_hour = 12;
		t = timegm(&tm);
		for (int d = 0; d < 10; d++, t += 86400)
			fprintf(f,
			    "%%G %%g %%V %%U %%W %%j %%u %%w %%a %%F\t%lld\n",
			    (long long)t);
	}
	fclose(f);
	compare();
}

TC(day_edges, "every hour and the last seconds of days: %I %l %p %r")
{
	FILE *f;

	ref_find(tc, "strftime_ref");
	ATF_REQUIRE((f = fopen("in.txt", "w")) != NULL);
	for (int h = 0; h < 48; h++)
		fprintf(f, "%%H %%I %%k %%l %%p %%r %%T %%s\t%lld\n",
		    (long long)(h * 3600 + 59 * 60 + 59));
	for (int i = 0; i < 2000; i++)
		fprintf(f, "%%c|%%D|%%x|%%X|%%C|%%y|%%e\t%lld\n",
		    (long long)rndtime());
	fclose(f);
	compare();
}

TC(padding_flags, "the - _ 0 ^ flags agree with glibc")
{
	static const char num[] = "deHIjmMSUWVykl";
	static const char flag[] = "-_0";
	FILE *f;

	ref_find(tc, "strftime_ref");
	seed = 12345;
	ATF_REQUIRE((f = fopen("in.txt", "w")) != NULL);
	for (int i = 0; i < 5000; i++)
		fprintf(f, "%%%c%c|%%^%c\t%lld\n", flag[rnd() % 3],
		    num[rnd() % (sizeof(num) - 1)], "aAbBp"[rnd() % 5],
		    (long long)rndtime());
	fclose(f);
	compare();
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, random_formats);
	ATF_TP_ADD_TC(tp, year_edges);
	ATF_TP_ADD_TC(tp, day_edges);
	ATF_TP_ADD_TC(tp, padding_flags);
	return atf_no_error();
}
