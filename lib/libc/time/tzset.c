/*
 * tzset.c: the time zone.  TZ is read as a POSIX rule string
 * "std offset [dst [offset] [,start[/time],end[/time]]]", e.g.
 * "EST5EDT,M3.2.0,M11.1.0" or "<+0530>-5:30", or else as the name of a
 * TZif file ("Europe/Berlin", ":America/New_York", an absolute path; see
 * tzfile_load.c).  TZ unset or empty, and zones that cannot be read, mean
 * UTC.
 * Entry points: tzset(), tzname, timezone, daylight, and __tzset_unlocked()
 * for localtime and mktime.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "time_impl.h"

static char utcname[] = "UTC";

char *tzname[2] = { utcname, utcname };
long timezone;
int daylight;

struct __state __tzglobal = { .rule = { .stdname = "UTC", .dstname = "UTC" } };

static char tzcache[128];
static int tzcached;

/* Parse a zone name (alphabetic, or <quoted>) of at least three chars. */
static const char *
getname(const char *s, char *buf, size_t size)
{
	size_t n = 0;

	if (*s == '<') {
		for (s++; *s != '\0' && *s != '>'; s++)
			if (n + 1 < size)
				buf[n++] = *s;
		if (*s != '>')
			return NULL;
		s++;
	} else {
		for (; isalpha((unsigned char)*s); s++)
			if (n + 1 < size)
				buf[n++] = *s;
	}
	buf[n] = '\0';
	return n >= 3 ? s : NULL;
}

/* Parse [+-]hh[:mm[:ss]] into seconds; hours may reach 167. */
static const char *
gettime(const char *s, long *secs)
{
	long sign = 1, v[3] = { 0, 0, 0 };
	int i;

	if (*s == '+' || *s == '-')
		sign = *s++ == '-' ? -1 : 1;
	for (i = 0; i < 3; i++) {
		if (!isdigit((unsigned char)*s))
			return NULL;
		while (isdigit((unsigned char)*s)) {
			v[i] = v[i] * 10 + (*s++ - '0');
			if (v[i] > 167)
				return NULL;
		}
		if (*s != ':' || i == 2)
			break;
		s++;
	}
	if (v[1] > 59 || v[2] > 59)
		return NULL;
	*secs = sign * (v[0] * 3600 + v[1] * 60 + v[2]);
	return s;
}

static const char *
getnum(const char *s, int *n, int lo, int hi)
{
	int v = 0;

	if (!isdigit((unsigned char)*s))
		return NULL;
	while (isdigit((unsigned char)*s)) {
		v = v * 10 + (*s++ - '0');
		if (v > hi)
			return NULL;
	}
	if (v < lo)
		return NULL;
	*n = v;
	return s;
}

/* Parse one transition rule: Jn, n or Mm.w.d, then an optional /time. */
static const char *
getrule(const char *s, struct __tzrule *r)
{
	if (*s == 'J') {
		r->kind = 'J';
		s = getnum(s + 1, &r->day, 1, 365);
	} else if (*s == 'M') {
		r->kind = 'M';
		if ((s = getnum(s + 1, &r->month, 1, 12)) == NULL ||
		    *s++ != '.' || (s = getnum(s, &r->week, 1, 5)) == NULL ||
		    *s++ != '.')
			return NULL;
		s = getnum(s, &r->day, 0, 6);
	} else {
		r->kind = 'D';
		s = getnum(s, &r->day, 0, 365);
	}
	if (s == NULL)
		return NULL;
	r->secs = 7200;
	if (*s == '/')
		s = gettime(s + 1, &r->secs);
	return s;
}

static void
setrule(struct __tzrule *r, char kind, int month, int week, int day)
{
	r->kind = kind;
	r->month = month;
	r->week = week;
	r->day = day;
	r->secs = 7200;
}

/* Parse a POSIX TZ string into *tz; returns 0 or -1 if it is malformed. */
static int
parsetz(const char *s, struct __tzstate *tz)
{
	long off;

	memset(tz, 0, sizeof(*tz));
	if ((s = getname(s, tz->stdname, sizeof(tz->stdname))) == NULL ||
	    (s = gettime(s, &off)) == NULL)
		return -1;
	tz->stdoff = -off;
	tz->dstoff = tz->stdoff;
	if (*s == '\0')
		return 0;
	if ((s = getname(s, tz->dstname, sizeof(tz->dstname))) == NULL)
		return -1;
	tz->hasdst = 1;
	tz->dstoff = tz->stdoff + 3600;
	if (*s != ',' && *s != '\0') {
		if ((s = gettime(s, &off)) == NULL)
			return -1;
		tz->dstoff = -off;
	}
	if (*s == '\0') {
		/* No rule: the current United States rule, as others do. */
		setrule(&tz->start, 'M', 3, 2, 0);
		setrule(&tz->end, 'M', 11, 1, 0);
		return 0;
	}
	if (*s++ != ',' || (s = getrule(s, &tz->start)) == NULL ||
	    *s++ != ',' || (s = getrule(s, &tz->end)) == NULL || *s != '\0')
		return -1;
	return 0;
}

static void
setutc(struct __tzstate *tz)
{
	memset(tz, 0, sizeof(*tz));
	strcpy(tz->stdname, "UTC");
	strcpy(tz->dstname, "UTC");
}

/* Parse a POSIX rule string into z (for TZif footers). */
int
__tz_parse_rule(struct __state *z, const char *s)
{
	return parsetz(s, &z->rule);
}

/* A TZif zone without a footer rule: names and offsets for tzname,
 * timezone and mktime from its last standard and daylight types. */
static void
fromtypes(struct __state *zone)
{
	const struct __tzfile *z = &zone->file;
	struct __tzstate *r = &zone->rule;
	int std = 0, dst = -1;

	memset(r, 0, sizeof(*r));
	for (int i = 0; i < z->timecnt; i++) {
		if (z->types[z->idx[i]].isdst)
			dst = z->idx[i];
		else
			std = z->idx[i];
	}
	strncpy(
	    r->stdname, z->chars + z->types[std].abbr, sizeof(r->stdname) - 1);
	r->stdoff = z->types[std].utoff;
	r->dstoff = r->stdoff;
	if (dst >= 0) {
		strncpy(r->dstname, z->chars + z->types[dst].abbr,
		    sizeof(r->dstname) - 1);
		r->dstoff = z->types[dst].utoff;
	}
}

/*
 * Load the zone called s into z.  A POSIX rule string is used as such; a
 * name starting with ':', or one that is not a valid rule, names a TZif
 * file.  Returns 0, or -1 (z is then UTC) if s is empty or names nothing
 * usable.
 */
int
__tz_load(struct __state *z, const char *s)
{
	const char *name = *s == ':' ? s + 1 : s;
	int r = 0;

	z->file.loaded = 0;
	if (*s != ':' && parsetz(s, &z->rule) == 0) {
		/* a rule string */
	} else if (*name != '\0' && __tzfile_load(z, name) == 0) {
		if (!z->file.hasrule)
			fromtypes(z);
	} else {
		setutc(&z->rule);
		r = -1;
	}
	if (z->rule.dstname[0] == '\0')
		strcpy(z->rule.dstname, z->rule.stdname);
	return r;
}

/* Does zone z ever observe daylight time? */
int
__tz_hasdst(const struct __state *z)
{
	int d = z->rule.hasdst;

	for (int i = 0; z->file.loaded && i < z->file.typecnt; i++)
		d |= z->file.types[i].isdst;
	return d;
}

/*
 * Re-read TZ into __tzglobal if it changed since the last call.  TZ unset
 * or empty, or a zone that cannot be read, is UTC (/etc/localtime is not
 * consulted).
 */
void
__tzset_unlocked(void)
{
	const char *s = getenv("TZ");

	if (s == NULL)
		s = "";
	if (tzcached && strncmp(s, tzcache, sizeof(tzcache)) == 0)
		return;
	strncpy(tzcache, s, sizeof(tzcache) - 1);
	tzcached = 1;
	(void)__tz_load(&__tzglobal, s);
	tzname[0] = __tzglobal.rule.stdname;
	tzname[1] = __tzglobal.rule.dstname;
	timezone = -__tzglobal.rule.stdoff;
	daylight = __tz_hasdst(&__tzglobal);
}

void
tzset(void)
{
	__tzset_unlocked();
}
