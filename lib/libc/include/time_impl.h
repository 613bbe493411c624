/*
 * time_impl.h: private interfaces of lib/libc/time: calendar arithmetic
 * shared by gmtime, mktime, timegm, strftime and strptime, and the parsed
 * TZ rule used by localtime, mktime and tzset.
 */
#ifndef _TIME_IMPL_H_
#define _TIME_IMPL_H_

#include <stdint.h>
#include <time.h>

#define SECSPERMIN   60
#define MINSPERHOUR  60
#define HOURSPERDAY  24
#define SECSPERHOUR  (SECSPERMIN * MINSPERHOUR)
#define SECSPERDAY   ((int64_t)SECSPERHOUR * HOURSPERDAY)
#define DAYSPERWEEK  7
#define TM_YEAR_BASE 1900

/* A daylight-saving transition rule from a POSIX TZ string. */
struct __tzrule {
	char kind; /* 'J' (Jn), 'D' (n: zero-based day), 'M' (Mm.w.d) */
	int day;   /* Jn, n or d */
	int week;  /* w of Mm.w.d */
	int month; /* m of Mm.w.d (1-12) */
	long secs; /* local time of day of the transition */
};

/* A time zone's POSIX rule (or the names and offsets of a TZif zone). */
struct __tzstate {
	char stdname[16];
	char dstname[16];
	long stdoff; /* seconds east of UTC during standard time */
	long dstoff; /* seconds east of UTC during daylight time */
	int hasdst;
	struct __tzrule start, end;
};

/* Limits of the TZif data kept (larger files are refused). */
#define TZ_MAXTIMES 2000
#define TZ_MAXTYPES 256
#define TZ_MAXCHARS 512

/* A zone read from a TZif file (RFC 8536), when __tzfile.loaded. */
struct __tzfile {
	int loaded;
	int hasrule; /* the footer's POSIX rule covers the future */
	int timecnt, typecnt;
	int64_t times[TZ_MAXTIMES];	/* transition instants */
	unsigned char idx[TZ_MAXTIMES]; /* type after each one */
	struct {
		long utoff;
		int isdst;
		int abbr; /* index into chars */
	} types[TZ_MAXTYPES];
	char chars[TZ_MAXCHARS + 1];
};

/* A time zone: what NetBSD's timezone_t points to. */
struct __state {
	struct __tzstate rule;
	struct __tzfile file; /* when file.loaded */
};

extern struct __state __tzglobal; /* the zone named by TZ */

int __time_isleap(int64_t);
int __days_in_month(int64_t, int);
int64_t __days_from_civil(int64_t, int, int);
void __civil_from_days(int64_t, int64_t *, int *, int *);
struct tm *__secs_to_tm(int64_t, long, struct tm *);
int64_t __tm_to_secs(const struct tm *);
void __tzset_unlocked(void);
int __tz_isdst(const struct __state *, int64_t);
int __tzfile_load(struct __state *, const char *);
int __tz_parse_rule(struct __state *, const char *);
int __tz_load(struct __state *, const char *);
int __tz_hasdst(const struct __state *);
void __tz_lookup(const struct __state *, int64_t, long *, int *, char **);
struct tm *__localsub(const struct __state *, const time_t *, struct tm *);
time_t __mktime_z(const struct __state *, struct tm *);
size_t __strftime_z(const struct __state *, char *__restrict, size_t,
    const char *__restrict, const struct tm *__restrict);
int __iso_week(const struct tm *, int64_t *);

extern const char *const __time_days[7];
extern const char *const __time_months[12];

#endif /* !_TIME_IMPL_H_ */
