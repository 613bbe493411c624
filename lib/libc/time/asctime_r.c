/*
 * asctime_r.c: asctime_r(): "Sun Sep 16 01:03:52 1973\n" into a buffer of
 * at least 26 bytes.  NULL with EOVERFLOW if a field would not fit the
 * fixed format (year outside -999..9999), EINVAL for a bad wday/month.
 */
#include <errno.h>

#include "time_impl.h"

static char *
put2(char *p, int v)
{
	*p++ = (char)('0' + v / 10);
	*p++ = (char)('0' + v % 10);
	return p;
}

static char *
putyear(char *p, int64_t y)
{
	char tmp[8];
	int n = 0, neg = y < 0;

	if (neg)
		y = -y;
	do {
		tmp[n++] = (char)('0' + y % 10);
		y /= 10;
	} while (y != 0);
	if (neg)
		*p++ = '-';
	while (n > 0)
		*p++ = tmp[--n];
	return p;
}

char *
asctime_r(const struct tm *__restrict tm, char *__restrict buf)
{
	int64_t year;
	char *p = buf;

	if (tm == NULL || buf == NULL) {
		errno = EFAULT;
		return NULL;
	}
	if (tm->tm_wday < 0 || tm->tm_wday > 6 || tm->tm_mon < 0 ||
	    tm->tm_mon > 11) {
		errno = EINVAL;
		return NULL;
	}
	year = (int64_t)tm->tm_year + TM_YEAR_BASE;
	if (year < -999 || year > 9999 || tm->tm_mday < 0 || tm->tm_mday > 99 ||
	    tm->tm_hour < 0 || tm->tm_hour > 99 || tm->tm_min < 0 ||
	    tm->tm_min > 99 || tm->tm_sec < 0 || tm->tm_sec > 99) {
		errno = EOVERFLOW;
		return NULL;
	}
	for (int i = 0; i < 3; i++)
		*p++ = __time_days[tm->tm_wday][i];
	*p++ = ' ';
	for (int i = 0; i < 3; i++)
		*p++ = __time_months[tm->tm_mon][i];
	*p++ = ' ';
	*p++ = tm->tm_mday < 10 ? ' ' : (char)('0' + tm->tm_mday / 10);
	*p++ = (char)('0' + tm->tm_mday % 10);
	*p++ = ' ';
	p = put2(p, tm->tm_hour);
	*p++ = ':';
	p = put2(p, tm->tm_min);
	*p++ = ':';
	p = put2(p, tm->tm_sec);
	*p++ = ' ';
	p = putyear(p, year);
	*p++ = '\n';
	*p = '\0';
	return buf;
}
