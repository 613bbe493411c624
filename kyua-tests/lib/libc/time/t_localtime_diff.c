/*
 * t_localtime_diff: differential test of localtime and mktime against
 * glibc's, through localtime_ref (built with the host's compiler and
 * glibc, installed beside this program).  POSIX rule strings always; the
 * host's TZif zones when /usr/share/zoneinfo is there.  Skipped where
 * the reference is absent (on Bulkhead itself).  Times are kept within
 * 1970-2037, where every zone used has unambiguous local times at the
 * instants compared.
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

static void
ours(const char *tz, time_t t, char *out, size_t size)
{
	struct tm tm;
	time_t back;
	int n;

	setenv("TZ", tz, 1);
	tzset();
	if (localtime_r(&t, &tm) == NULL) {
		snprintf(out, size, "ERR");
		return;
	}
	n = snprintf(out, size, "%d %d %d %d %d %d %d %d %d %ld %s", tm.tm_year,
	    tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_wday,
	    tm.tm_yday, tm.tm_isdst, tm.tm_gmtoff, tm.tm_zone);
	back = mktime(&tm);
	snprintf(out + n, size - (size_t)n, " %lld", (long long)back);
}

static void
compare(void)
{
	char line[512], ref[512], mine[512];
	FILE *in, *rf;
	int n = 0, bad = 0;

	ref_run(NULL);
	ATF_REQUIRE((in = fopen("in.txt", "r")) != NULL);
	ATF_REQUIRE((rf = fopen("ref.txt", "r")) != NULL);
	while (fgets(line, sizeof(line), in) != NULL) {
		char *tab;

		line[strcspn(line, "\n")] = '\0';
		tab = strchr(line, '\t');
		ATF_REQUIRE(tab != NULL);
		*tab = '\0';
		ATF_REQUIRE(fgets(ref, sizeof(ref), rf) != NULL);
		ref[strcspn(ref, "\n")] = '\0';
		ours(line, (time_t)strtoll(tab + 1, NULL, 10), mine,
		    sizeof(mine));
		if (strcmp(ref, mine) != 0 && bad++ < 10)
			atf_tc_fail_nonfatal("TZ=%s t=%s: glibc \"%s\", ours "
					     "\"%s\"",
			    line, tab + 1, ref, mine);
		n++;
	}
	fclose(in);
	fclose(rf);
	ATF_CHECK_EQ_MSG(bad, 0, "%d of %d lines differ", bad, n);
}

static uint64_t seed = 0x2545f4914f6cdd1dULL;

static int64_t
rndtime(void)
{
	seed ^= seed << 13;
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return (int64_t)(seed % 2145916800ULL); /* 1970-2037 */
}

static void
gen(const char *const *zones, size_t nz, int per)
{
	FILE *f = fopen("in.txt", "w");

	ATF_REQUIRE(f != NULL);
	for (size_t z = 0; z < nz; z++) {
		for (int i = 0; i < per; i++)
			fprintf(
			    f, "%s\t%lld\n", zones[z], (long long)rndtime());
		/* every half hour around two days of each year's changes */
		for (int y = 1971; y < 2037; y += 7)
			for (int k = 0; k < 96; k++) {
				struct tm tm;

				memset(&tm, 0, sizeof(tm));
				tm.tm_year = y - 1900;
				tm.tm_mon = (k & 1) ? 9 : 2;
				tm.tm_mday = 25 + k / 32;
				tm.tm_min = (k % 32) * 30;
				fprintf(f, "%s\t%lld\n", zones[z],
				    (long long)timegm(&tm));
			}
	}
	fclose(f);
}

TC(posix_rules, "POSIX TZ rule strings agree with glibc")
{
	static const char *const zones[] = { "UTC0", "JST-9",
		"CET-1CEST,M3.5.0,M10.5.0/3", "EST5EDT,M3.2.0,M11.1.0",
		"AEST-10AEDT,M10.1.0,M4.1.0/3", "<+0530>-5:30",
		"<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", "XXX3YYY,J60/1,300/4",
		"IST-1GMT0,M10.5.0,M3.5.0/1" };

	ref_find(tc, "localtime_ref");
	gen(zones, sizeof(zones) / sizeof(zones[0]), 2000);
	compare();
}

TC(tzif_zones, "the host's TZif zones agree with glibc")
{
	static const char *const zones[] = { "America/New_York",
		"Europe/Berlin", "Australia/Sydney", "Asia/Kolkata",
		"Europe/London", "America/Sao_Paulo", "Pacific/Apia",
		"Asia/Tokyo", "America/St_Johns", "Europe/Dublin",
		"Australia/Lord_Howe", "Antarctica/Troll" };

	ref_find(tc, "localtime_ref");
	if (access("/usr/share/zoneinfo/Europe/Berlin", R_OK) != 0)
		atf_tc_skip("no /usr/share/zoneinfo here");
	unsetenv("TZDIR");
	gen(zones, sizeof(zones) / sizeof(zones[0]), 2000);
	compare();
}

ATF_TP_ADD_TCS(tp)
{
	ATF_TP_ADD_TC(tp, posix_rules);
	ATF_TP_ADD_TC(tp, tzif_zones);
	return atf_no_error();
}
