/*
 * strftime.c: strftime() and __strftime_z(): format broken-down time in
 * the C locale.
 * Every C99/POSIX conversion plus NetBSD's %k %l %s %+ and the GNU-style
 * padding flags '-' (none), '_' (spaces), '0' (zeros) and '^' (upper case)
 * before a conversion; E and O modifiers are accepted and ignored.
 * Returns the length written, or 0 (errno ERANGE) if the result plus its
 * NUL does not fit in maxsize.
 */
#include <errno.h>
#include <string.h>

#include "time_impl.h"

struct out {
	char *buf;
	size_t size, len;
	int full;
	const struct __state *zone; /* for %s */
};

struct spec {
	char pad;  /* 0: default, '-', '_' or '0' */
	int upper; /* '^' */
};

static void
putch(struct out *o, char c)
{
	if (o->len + 1 < o->size)
		o->buf[o->len] = c;
	else
		o->full = 1;
	o->len++;
}

static void
puts_(struct out *o, const char *s, const struct spec *sp)
{
	for (; *s != '\0'; s++) {
		char c = *s;

		if (sp != NULL && sp->upper && c >= 'a' && c <= 'z')
			c = (char)(c - 'a' + 'A');
		putch(o, c);
	}
}

/* Decimal v at least width digits wide, padded with defpad unless the
 * conversion's flag says otherwise. */
static void
putnum(struct out *o, int64_t v, int width, char defpad, const struct spec *sp)
{
	char tmp[24];
	int n = 0, neg = v < 0;
	uint64_t u = neg ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
	char pad = defpad;

	if (sp->pad == '-')
		width = 0;
	else if (sp->pad == '_')
		pad = ' ';
	else if (sp->pad == '0')
		pad = '0';
	do {
		tmp[n++] = (char)('0' + u % 10);
		u /= 10;
	} while (u != 0);
	if (neg)
		width--;
	if (pad == ' ')
		for (int i = n; i < width; i++)
			putch(o, ' ');
	if (neg)
		putch(o, '-');
	if (pad != ' ')
		for (int i = n; i < width; i++)
			putch(o, '0');
	while (n > 0)
		putch(o, tmp[--n]);
}

static int64_t
floordiv(int64_t a, int64_t b)
{
	int64_t q = a / b;

	if (a % b != 0 && (a < 0) != (b < 0))
		q--;
	return q;
}

static const char *
name(const char *const *tab, int i, int n, int full, char *abbr)
{
	if (i < 0 || i >= n)
		return "?";
	if (full)
		return tab[i];
	memcpy(abbr, tab[i], 3);
	abbr[3] = '\0';
	return abbr;
}

static void fmt(struct out *, const char *, const struct tm *);

static int
hour12(int h)
{
	h %= 12;
	return h == 0 ? 12 : h;
}

static void
zone(struct out *o, const struct tm *tm, const struct spec *sp)
{
	long off = tm->tm_gmtoff;
	struct spec none = { 0, 0 };

	(void)sp;
	putch(o, off < 0 ? '-' : '+');
	if (off < 0)
		off = -off;
	off /= 60;
	putnum(o, off / 60 * 100 + off % 60, 4, '0', &none);
}

/* One conversion; returns 0 for an unknown conversion character. */
static int
conv(struct out *o, char c, const struct tm *tm, const struct spec *sp)
{
	int64_t year = (int64_t)tm->tm_year + TM_YEAR_BASE, iy;
	char abbr[4];
	struct tm t;

	switch (c) {
	case 'a':
	case 'A':
		puts_(o, name(__time_days, tm->tm_wday, 7, c == 'A', abbr), sp);
		break;
	case 'b':
	case 'h':
	case 'B':
		puts_(
		    o, name(__time_months, tm->tm_mon, 12, c == 'B', abbr), sp);
		break;
	case 'c':
		fmt(o, "%a %b %e %H:%M:%S %Y", tm);
		break;
	case 'C':
		putnum(o, floordiv(year, 100), 2, '0', sp);
		break;
	case 'd':
		putnum(o, tm->tm_mday, 2, '0', sp);
		break;
	case 'D':
	case 'x':
		fmt(o, "%m/%d/%y", tm);
		break;
	case 'e':
		putnum(o, tm->tm_mday, 2, ' ', sp);
		break;
	case 'F':
		fmt(o, "%Y-%m-%d", tm);
		break;
	case 'g':
		__iso_week(tm, &iy);
		putnum(o, (iy % 100 + 100) % 100, 2, '0', sp);
		break;
	case 'G':
		__iso_week(tm, &iy);
		putnum(o, iy, 4, '0', sp);
		break;
	case 'H':
		putnum(o, tm->tm_hour, 2, '0', sp);
		break;
	case 'I':
		putnum(o, hour12(tm->tm_hour), 2, '0', sp);
		break;
	case 'j':
		putnum(o, tm->tm_yday + 1, 3, '0', sp);
		break;
	case 'k':
		putnum(o, tm->tm_hour, 2, ' ', sp);
		break;
	case 'l':
		putnum(o, hour12(tm->tm_hour), 2, ' ', sp);
		break;
	case 'm':
		putnum(o, tm->tm_mon + 1, 2, '0', sp);
		break;
	case 'M':
		putnum(o, tm->tm_min, 2, '0', sp);
		break;
	case 'n':
		putch(o, '\n');
		break;
	case 'p':
		puts_(o, tm->tm_hour >= 12 ? "PM" : "AM", NULL);
		break;
	case 'r':
		fmt(o, "%I:%M:%S %p", tm);
		break;
	case 'R':
		fmt(o, "%H:%M", tm);
		break;
	case 's':
		t = *tm;
		putnum(o, __mktime_z(o->zone, &t), 1, '0', sp);
		break;
	case 'S':
		putnum(o, tm->tm_sec, 2, '0', sp);
		break;
	case 't':
		putch(o, '\t');
		break;
	case 'T':
	case 'X':
		fmt(o, "%H:%M:%S", tm);
		break;
	case 'u':
		putnum(o, tm->tm_wday == 0 ? 7 : tm->tm_wday, 1, '0', sp);
		break;
	case 'U':
		putnum(o, (tm->tm_yday + 7 - tm->tm_wday) / 7, 2, '0', sp);
		break;
	case 'V':
		putnum(o, __iso_week(tm, &iy), 2, '0', sp);
		break;
	case 'w':
		putnum(o, tm->tm_wday, 1, '0', sp);
		break;
	case 'W':
		putnum(o, (tm->tm_yday + 7 - (tm->tm_wday + 6) % 7) / 7, 2, '0',
		    sp);
		break;
	case 'y':
		putnum(o, (year % 100 + 100) % 100, 2, '0', sp);
		break;
	case 'Y':
		putnum(o, year, 4, '0', sp);
		break;
	case 'z':
		zone(o, tm, sp);
		break;
	case 'Z':
		if (tm->tm_zone != NULL)
			puts_(o, tm->tm_zone, sp);
		break;
	case '+':
		fmt(o, "%a %b %e %H:%M:%S %Z %Y", tm);
		break;
	case '%':
		putch(o, '%');
		break;
	default:
		return 0;
	}
	return 1;
}

static void
fmt(struct out *o, const char *f, const struct tm *tm)
{
	const char *start;
	struct spec sp;

	for (; *f != '\0'; f++) {
		if (*f != '%') {
			putch(o, *f);
			continue;
		}
		start = f++;
		sp.pad = 0;
		sp.upper = 0;
		for (;; f++) {
			if (*f == '-' || *f == '_' || *f == '0')
				sp.pad = *f;
			else if (*f == '^')
				sp.upper = 1;
			else
				break;
		}
		if (*f == 'E' || *f == 'O')
			f++;
		if (*f == '\0' || !conv(o, *f, tm, &sp)) {
			/* unknown: copy the text of the conversion */
			for (; start <= f && *start != '\0'; start++)
				putch(o, *start);
			if (*f == '\0')
				return;
		}
	}
}

/* strftime in zone z (which only matters to %s). */
size_t
__strftime_z(const struct __state *z, char *__restrict buf, size_t maxsize,
    const char *__restrict format, const struct tm *__restrict tm)
{
	struct out o = { buf, maxsize, 0, 0, z };

	if (format == NULL || tm == NULL || (buf == NULL && maxsize > 0)) {
		errno = EFAULT;
		return 0;
	}
	fmt(&o, format, tm);
	if (o.full || o.len >= maxsize) {
		if (maxsize > 0)
			buf[maxsize - 1] = '\0';
		errno = ERANGE;
		return 0;
	}
	buf[o.len] = '\0';
	return o.len;
}

size_t
strftime(char *__restrict buf, size_t maxsize, const char *__restrict format,
    const struct tm *__restrict tm)
{
	__tzset_unlocked();
	return __strftime_z(&__tzglobal, buf, maxsize, format, tm);
}
