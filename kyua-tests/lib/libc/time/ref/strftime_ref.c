/*
 * strftime_ref.c: the glibc reference for the strftime differential test.
 * Built with the host's native compiler and C library (HOSTPROGS), never
 * with Bulkhead's libc.  Reads lines "format<TAB>time_t" on stdin and
 * prints, per line, glibc's strftime(format, gmtime(t)) in the C locale
 * between '[' and ']' (or "[ERR]" if gmtime or strftime fail).
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int
main(void)
{
	char line[1024], out[2048], *tab, *end;
	struct tm tm;
	time_t t;

	setlocale(LC_ALL, "C");
	setenv("TZ", "UTC", 1);
	tzset();
	while (fgets(line, sizeof(line), stdin) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		tab = strrchr(line, '\t');
		if (tab == NULL) {
			printf("[ERR]\n");
			continue;
		}
		*tab = '\0';
		t = (time_t)strtoll(tab + 1, &end, 10);
		if (gmtime_r(&t, &tm) == NULL ||
		    (strftime(out, sizeof(out), line, &tm) == 0 &&
			line[0] != '\0'))
			printf("[ERR]\n");
		else
			printf("[%s]\n", out);
		fflush(stdout);
	}
	return 0;
}
