/*
 * strptime.c: strptime(): parse text into a struct tm in the C locale,
 * the inverse of strftime for %a %A %b %B %h %c %C %d %e %D %F %g %G %H
 * %k %I %l %j %m %M %n %t %p %r %R %s %S %T %u %U %V %w %W %x %X %y %Y %z
 * %Z %% (E and O modifiers ignored).  White space in the format matches
 * any amount (also none) of white space in the input.  Returns a pointer
 * just past the parsed text, or NULL if the input does not match.  When a
 * date (year and month/day, or day of the year) was parsed, tm_wday and
 * tm_yday (and the month/day from %j) are computed.
 */
#include <ctype.h>
#include <limits.h>
#include <string.h>

#include "time_impl.h"

#define HAVE_YEAR 0x01
#define HAVE_MON  0x02
#define HAVE_MDAY 0x04
#define HAVE_YDAY 0x08
#define HAVE_CENT 0x10
#define HAVE_YY	  0x20

struct pstate {
	int have;
	int century, yy;
	int pm; /* -1 none, 0 AM, 1 PM */
	int hour12;
};

static const char *
skipspace(const char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	return s;
}

/* Up to maxdig digits (optionally signed) in [lo, hi]. */
static const char *
num(const char *s, int *v, int lo, int hi, int maxdig, int sign)
{
	long long n = 0;
	int neg = 0, d = 0;

	s = skipspace(s);
	if (sign && (*s == '-' || *s == '+'))
		neg = *s++ == '-';
	while (d < maxdig && isdigit((unsigned char)*s)) {
		n = n * 10 + (*s++ - '0');
		d++;
		if (n > INT_MAX)
			return NULL;
	}
	if (d == 0)
		return NULL;
	if (neg)
		n = -n;
	if (n < lo || n > hi)
		return NULL;
	*v = (int)n;
	return s;
}

/* A day or month name, full or abbreviated, any case. */
static const char *
names(const char *s, const char *const *tab, int n, int *v)
{
	for (int i = 0; i < n; i++) {
		size_t len = strlen(tab[i]);

		if (strncasecmp(s, tab[i], len) == 0) {
			*v = i;
			return s + len;
		}
	}
	for (int i = 0; i < n; i++) {
		if (strncasecmp(s, tab[i], 3) == 0) {
			*v = i;
			return s + 3;
		}
	}
	return NULL;
}

/* %z: Z, UTC, GMT, +hh, +hhmm or +hh:mm */
static const char *
tzoffset(const char *s, struct tm *tm)
{
	int sign, h, m = 0;

	s = skipspace(s);
	if (*s == 'Z' || strncmp(s, "UTC", 3) == 0 ||
	    strncmp(s, "GMT", 3) == 0) {
		tm->tm_gmtoff = 0;
		return s + (*s == 'Z' ? 1 : 3);
	}
	if (*s != '+' && *s != '-')
		return NULL;
	sign = *s++ == '-' ? -1 : 1;
	if (!isdigit((unsigned char)s[0]) || !isdigit((unsigned char)s[1]))
		return NULL;
	h = (s[0] - '0') * 10 + s[1] - '0';
	s += 2;
	if (*s == ':')
		s++;
	if (isdigit((unsigned char)s[0]) && isdigit((unsigned char)s[1])) {
		m = (s[0] - '0') * 10 + s[1] - '0';
		s += 2;
	}
	if (h > 24 || m > 59)
		return NULL;
	tm->tm_gmtoff = sign * (h * 3600L + m * 60L);
	return s;
}

static const char *parse(
    const char *, const char *, struct tm *, struct pstate *);

static const char *
seconds(const char *s, struct tm *tm, struct pstate *ps)
{
	long long n = 0;
	int neg = 0;
	time_t t;

	s = skipspace(s);
	if (*s == '-')
		neg = *s++ == '-';
	if (!isdigit((unsigned char)*s))
		return NULL;
	while (isdigit((unsigned char)*s)) {
		if (n > (LLONG_MAX - 9) / 10)
			return NULL;
		n = n * 10 + (*s++ - '0');
	}
	t = neg ? -n : n;
	if (localtime_r(&t, tm) == NULL)
		return NULL;
	ps->have |= HAVE_YEAR | HAVE_MON | HAVE_MDAY;
	return s;
}

static const char *
ampm(const char *s, struct pstate *ps)
{
	s = skipspace(s);
	if (strncasecmp(s, "AM", 2) == 0)
		ps->pm = 0;
	else if (strncasecmp(s, "PM", 2) == 0)
		ps->pm = 1;
	else
		return NULL;
	return s + 2;
}

/* One conversion c at s; returns the new input position or NULL. */
static const char *
conv(const char *s, char c, struct tm *tm, struct pstate *ps)
{
	int v;

	switch (c) {
	case 'a':
	case 'A':
		return names(skipspace(s), __time_days, 7, &tm->tm_wday);
	case 'b':
	case 'B':
	case 'h':
		s = names(skipspace(s), __time_months, 12, &tm->tm_mon);
		ps->have |= HAVE_MON;
		return s;
	case 'c':
		return parse(s, "%a %b %e %H:%M:%S %Y", tm, ps);
	case 'C':
		s = num(s, &ps->century, 0, 99, 2, 0);
		ps->have |= HAVE_CENT;
		return s;
	case 'd':
	case 'e':
		s = num(s, &tm->tm_mday, 1, 31, 2, 0);
		ps->have |= HAVE_MDAY;
		return s;
	case 'D':
	case 'x':
		return parse(s, "%m/%d/%y", tm, ps);
	case 'F':
		return parse(s, "%Y-%m-%d", tm, ps);
	case 'g':
		return num(s, &v, 0, 99, 2, 0);
	case 'G':
		return num(s, &v, INT_MIN, INT_MAX, 4, 1);
	case 'H':
	case 'k':
		s = num(s, &tm->tm_hour, 0, 23, 2, 0);
		ps->hour12 = 0;
		return s;
	case 'I':
	case 'l':
		s = num(s, &tm->tm_hour, 1, 12, 2, 0);
		ps->hour12 = 1;
		return s;
	case 'j':
		if ((s = num(s, &v, 1, 366, 3, 0)) != NULL)
			tm->tm_yday = v - 1;
		ps->have |= HAVE_YDAY;
		return s;
	case 'm':
		if ((s = num(s, &v, 1, 12, 2, 0)) != NULL)
			tm->tm_mon = v - 1;
		ps->have |= HAVE_MON;
		return s;
	case 'M':
		return num(s, &tm->tm_min, 0, 59, 2, 0);
	case 'n':
	case 't':
		return skipspace(s);
	case 'p':
		return ampm(s, ps);
	case 'r':
		return parse(s, "%I:%M:%S %p", tm, ps);
	case 'R':
		return parse(s, "%H:%M", tm, ps);
	case 's':
		return seconds(s, tm, ps);
	case 'S':
		return num(s, &tm->tm_sec, 0, 60, 2, 0);
	case 'T':
	case 'X':
		return parse(s, "%H:%M:%S", tm, ps);
	case 'u':
		if ((s = num(s, &v, 1, 7, 1, 0)) != NULL)
			tm->tm_wday = v % 7;
		return s;
	case 'w':
		return num(s, &tm->tm_wday, 0, 6, 1, 0);
	case 'U':
	case 'V':
	case 'W':
		return num(s, &v, 0, 53, 2, 0);
	case 'y':
		s = num(s, &ps->yy, 0, 99, 2, 0);
		ps->have |= HAVE_YY;
		return s;
	case 'Y':
		if ((s = num(s, &v, -9999, 9999, 4, 1)) != NULL)
			tm->tm_year = v - TM_YEAR_BASE;
		ps->have |= HAVE_YEAR;
		ps->have &= ~(HAVE_YY | HAVE_CENT);
		return s;
	case 'z':
		return tzoffset(s, tm);
	case 'Z':
		s = skipspace(s);
		while (isalpha((unsigned char)*s))
			s++;
		return s;
	case '%':
		s = skipspace(s);
		return *s == '%' ? s + 1 : NULL;
	default:
		return NULL;
	}
}

static const char *
parse(const char *s, const char *f, struct tm *tm, struct pstate *ps)
{
	while (*f != '\0' && s != NULL) {
		if (isspace((unsigned char)*f)) {
			s = skipspace(s);
			f++;
			continue;
		}
		if (*f != '%') {
			if (*s != *f)
				return NULL;
			s++;
			f++;
			continue;
		}
		f++;
		if (*f == 'E' || *f == 'O')
			f++;
		if (*f == '\0')
			return NULL;
		s = conv(s, *f++, tm, ps);
	}
	return s;
}

/* Fill in the fields implied by what was parsed. */
static void
finish(struct tm *tm, const struct pstate *ps)
{
	int64_t year, days;
	int mon, mday;

	if (ps->pm >= 0 && ps->hour12)
		tm->tm_hour = tm->tm_hour % 12 + (ps->pm ? 12 : 0);
	if (ps->have & HAVE_YY) {
		if (ps->have & HAVE_CENT)
			tm->tm_year = ps->century * 100 + ps->yy - TM_YEAR_BASE;
		else
			tm->tm_year = ps->yy < 69 ? ps->yy + 100 : ps->yy;
	} else if (ps->have & HAVE_CENT) {
		tm->tm_year = ps->century * 100 - TM_YEAR_BASE;
	}
	if (!(ps->have & (HAVE_YEAR | HAVE_YY | HAVE_CENT)))
		return;
	year = (int64_t)tm->tm_year + TM_YEAR_BASE;
	if ((ps->have & HAVE_YDAY) && !(ps->have & (HAVE_MON | HAVE_MDAY))) {
		days = __days_from_civil(year, 1, 1) + tm->tm_yday;
		__civil_from_days(days, &year, &mon, &mday);
		tm->tm_mon = mon - 1;
		tm->tm_mday = mday;
	} else if ((ps->have & (HAVE_MON | HAVE_MDAY)) ==
	    (HAVE_MON | HAVE_MDAY)) {
		days = __days_from_civil(year, tm->tm_mon + 1, tm->tm_mday);
		tm->tm_yday = (int)(days - __days_from_civil(year, 1, 1));
	} else {
		return;
	}
	tm->tm_wday = (int)(((days + 4) % 7 + 7) % 7);
}

char *
strptime(const char *__restrict buf, const char *__restrict format,
    struct tm *__restrict tm)
{
	struct pstate ps = { 0, 0, 0, -1, 0 };
	const char *s;

	if (buf == NULL || format == NULL || tm == NULL)
		return NULL;
	s = parse(buf, format, tm, &ps);
	if (s == NULL)
		return NULL;
	finish(tm, &ps);
	return (char *)(uintptr_t)s;
}
