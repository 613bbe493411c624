/*
 * localtime_ref.c: the glibc reference for the localtime/mktime
 * differential test.  Built with the host's compiler and C library
 * (HOSTPROGS), never with Bulkhead's libc.  Reads lines "TZ<TAB>time_t"
 * and prints glibc's localtime fields and the mktime of the result:
 * "year mon mday hour min sec wday yday isdst gmtoff zone mktime".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int
main(void)
{
	char line[512], *tab;
	struct tm tm;
	time_t t, back;

	while (fgets(line, sizeof(line), stdin) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		if ((tab = strchr(line, '\t')) == NULL) {
			printf("ERR\n");
			continue;
		}
		*tab = '\0';
		setenv("TZ", line, 1);
		tzset();
		t = (time_t)strtoll(tab + 1, NULL, 10);
		if (localtime_r(&t, &tm) == NULL) {
			printf("ERR\n");
			continue;
		}
		printf("%d %d %d %d %d %d %d %d %d %ld %s", tm.tm_year,
		    tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
		    tm.tm_wday, tm.tm_yday, tm.tm_isdst, tm.tm_gmtoff,
		    tm.tm_zone);
		back = mktime(&tm);
		printf(" %lld\n", (long long)back);
	}
	return 0;
}
