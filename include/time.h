/*
 * time.h: calendar time, broken-down time and their conversions
 * (NetBSD-compatible: struct tm carries tm_gmtoff and tm_zone, time_t is
 * a 64-bit signed count of seconds since the Epoch, CLOCKS_PER_SEC is 100).
 */
#ifndef _TIME_H_
#define _TIME_H_

#include <sys/cdefs.h>
#include <sys/_locale_t.h>
#include <sys/featuretest.h>
#include <machine/ansi.h>

#ifndef NULL
#define NULL ((void *)0)
#endif

#ifdef _BSD_CLOCK_T_
typedef _BSD_CLOCK_T_ clock_t;
#undef _BSD_CLOCK_T_
#endif

#ifdef _BSD_TIME_T_
typedef _BSD_TIME_T_ time_t;
#undef _BSD_TIME_T_
#endif

#ifdef _BSD_SIZE_T_
typedef _BSD_SIZE_T_ size_t;
#undef _BSD_SIZE_T_
#endif

#ifdef _BSD_CLOCKID_T_
typedef _BSD_CLOCKID_T_ clockid_t;
#undef _BSD_CLOCKID_T_
#endif

#ifdef _BSD_TIMER_T_
typedef _BSD_TIMER_T_ timer_t;
#undef _BSD_TIMER_T_
#endif

#define CLOCKS_PER_SEC 100

#if defined(_ISOC11_SOURCE) || (__STDC_VERSION__ - 0) >= 201101L ||            \
    defined(_NETBSD_SOURCE)
#define TIME_UTC 1 /* time base for timespec_get() */
#endif

struct tm {
	int tm_sec;	/* seconds after the minute [0-60] */
	int tm_min;	/* minutes after the hour [0-59] */
	int tm_hour;	/* hours since midnight [0-23] */
	int tm_mday;	/* day of the month [1-31] */
	int tm_mon;	/* months since January [0-11] */
	int tm_year;	/* years since 1900 */
	int tm_wday;	/* days since Sunday [0-6] */
	int tm_yday;	/* days since January 1 [0-365] */
	int tm_isdst;	/* Daylight Saving Time flag */
	long tm_gmtoff; /* offset from UTC in seconds */
	char *tm_zone;	/* abbreviation of timezone name */
};

__BEGIN_DECLS
char *asctime(const struct tm *);
clock_t clock(void);
char *ctime(const time_t *);
double difftime(time_t, time_t);
struct tm *gmtime(const time_t *);
struct tm *localtime(const time_t *);
time_t mktime(struct tm *);
size_t strftime(char *__restrict, size_t, const char *__restrict,
    const struct tm *__restrict);
time_t time(time_t *);

#if defined(_POSIX_C_SOURCE) || defined(_XOPEN_SOURCE) ||                      \
    defined(_NETBSD_SOURCE)
extern char *tzname[2];
void tzset(void);

/* struct timespec and the CLOCK_* ids come from <sys/time.h>. */
#include <sys/time.h>
struct timespec;
int clock_getres(clockid_t, struct timespec *);
int clock_gettime(clockid_t, struct timespec *);
int clock_settime(clockid_t, const struct timespec *);
int nanosleep(const struct timespec *, struct timespec *);

char *asctime_r(const struct tm *__restrict, char *__restrict);
char *ctime_r(const time_t *, char *);
struct tm *gmtime_r(const time_t *__restrict, struct tm *__restrict);
struct tm *localtime_r(const time_t *__restrict, struct tm *__restrict);
#endif

#if defined(_XOPEN_SOURCE) || defined(_NETBSD_SOURCE)
extern int daylight;
extern long timezone;
char *strptime(
    const char *__restrict, const char *__restrict, struct tm *__restrict);
#endif

#if defined(_ISOC11_SOURCE) || (__STDC_VERSION__ - 0) >= 201101L ||            \
    defined(_NETBSD_SOURCE)
struct timespec;
int timespec_get(struct timespec *, int);
#endif

#if defined(_NETBSD_SOURCE)
time_t timegm(struct tm *);
time_t timelocal(struct tm *);
time_t time2posix(time_t);
time_t posix2time(time_t);
void tzsetwall(void);

/* Time zone objects (NetBSD): a zone independent of TZ. */
typedef struct __state *timezone_t;
timezone_t tzalloc(const char *);
void tzfree(timezone_t);
const char *tzgetname(timezone_t, int);
long tzgetgmtoff(timezone_t, int);
struct tm *localtime_rz(
    timezone_t __restrict, const time_t *__restrict, struct tm *__restrict);
char *ctime_rz(timezone_t __restrict, const time_t *, char *);
time_t mktime_z(timezone_t __restrict, struct tm *__restrict);
time_t timelocal_z(timezone_t, struct tm *);
time_t time2posix_z(timezone_t, time_t);
time_t posix2time_z(timezone_t, time_t);
size_t strftime_z(timezone_t, char *__restrict, size_t, const char *__restrict,
    const struct tm *__restrict);
#endif
#if (_POSIX_C_SOURCE - 0) >= 200809L || (_XOPEN_SOURCE - 0) >= 700 ||          \
    defined(_NETBSD_SOURCE)
size_t strftime_l(char *__restrict, size_t, const char *__restrict,
    const struct tm *__restrict, locale_t);
#endif
#if defined(_NETBSD_SOURCE)
char *strptime_l(const char *__restrict, const char *__restrict,
    struct tm *__restrict, locale_t);
#endif
__END_DECLS

#endif /* !_TIME_H_ */
