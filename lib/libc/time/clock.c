/*
 * clock.c: clock(): processor time used by the process (user + system),
 * in CLOCKS_PER_SEC units, from getrusage(); (clock_t)-1 if unavailable.
 */
#include <sys/resource.h>

#include <time.h>

clock_t
clock(void)
{
	struct rusage ru;
	long long us;

	if (getrusage(RUSAGE_SELF, &ru) == -1)
		return (clock_t)-1;
	us = (long long)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000 +
	    ru.ru_utime.tv_usec + ru.ru_stime.tv_usec;
	return (clock_t)(us / (1000000 / CLOCKS_PER_SEC));
}
